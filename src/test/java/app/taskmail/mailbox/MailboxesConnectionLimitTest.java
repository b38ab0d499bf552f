package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.inbound.ForwardingProbe;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.TestSmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Test account and Check forwarding are bounded per account and minute; past the bound nothing is tried. */
@QuarkusTest
@TestProfile(MailboxesConnectionLimitTest.TwoPerMinute.class)
class MailboxesConnectionLimitTest {

    public static class TwoPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskmail.mail.connection-checks-per-minute", "2");
        }
    }

    @Test
    void theThirdConnectionCheckOfAMinuteIsRefusedWithWhenToRetryAndNothingIsTried() {
        Account account = Fixtures.account(Plan.PAID);
        Session admin = Session.login(Fixtures.employee(account, Role.ADMIN).login);
        Map<String, Object> form = new HashMap<>(Map.of("preset", "CUSTOM", "email", "sales@acme.example",
                "displayName", "Acme Sales", "host", "127.0.0.1", "port", String.valueOf(TestSmtpServer.closedPort()),
                "security", "SSL_TLS", "username", "sales", "password", "sales-pw-1", "projects", "all"));
        form.put("access", "all");

        for (int i = 0; i < 2; i++) {
            admin.post("/admin/settings/email/test", form).then().statusCode(200)
                    .body(containsString("Test failed.")).body(not(containsString("Too many connection checks")));
        }
        admin.post("/admin/settings/email/test", form).then().statusCode(429)
                .body(containsString("Too many connection checks for this account in the last minute"))
                .body(containsString("sales@acme.example"));

        Mailbox mailbox = Fixtures.mailbox(account, null);
        admin.post("/admin/settings/email/" + mailbox.id + "/forwarding").then().statusCode(429)
                .body(containsString("The probe was not sent.")).body(containsString("try again in"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ForwardingProbe.count("mailbox.id", mailbox.id)));

        Session other = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN).login);
        other.post("/admin/settings/email/test", form).then().statusCode(200).body(containsString("Test failed."));
    }
}
