package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.StartTlsSmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application as production runs it: mailbox hosts on private, loopback and metadata addresses are refused. */
@QuarkusTest
@TestProfile(MailboxesHostGuardTest.GuardOn.class)
class MailboxesHostGuardTest {

    public static class GuardOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskmail.mail.allow-private-hosts", "false");
        }
    }

    static Map<String, Object> form(String host, int port) {
        Map<String, Object> form = new HashMap<>();
        form.putAll(Map.of("preset", "CUSTOM", "email", "ops@acme.test", "host", host, "port", String.valueOf(port),
                "security", "STARTTLS", "username", "ops@acme.test", "password", "ops-password-1", "projects", "all",
                "access", "all"));
        return form;
    }

    @Test
    void privateLoopbackAndMetadataHostsAreRefusedAtTestAndAtSave() {
        Account account = Fixtures.account(Plan.PAID);
        Session admin = Session.login(Fixtures.employee(account, Role.ADMIN).login);
        try (StartTlsSmtpServer listening = StartTlsSmtpServer.builder().user("ops@acme.test", "ops-password-1",
                "ops@acme.test").start()) {
            for (String host : List.of("127.0.0.1", "10.0.0.1", "169.254.169.254", "localhost")) {
                admin.post("/admin/settings/email/test", form(host, listening.port())).then().statusCode(200)
                        .body(containsString("Test failed."))
                        .body(containsString("Taskmail does not connect to " + host))
                        .body(not(containsString("Test passed.")));
                admin.post("/admin/settings/email", form(host, listening.port())).then().statusCode(400)
                        .body(containsString("Taskmail does not connect to " + host));
            }
            assertTrue(listening.clearTextCommands().isEmpty(), "the local server was never contacted");
        }
        admin.post("/admin/settings/email/test", form("169.254.169.254", 80)).then()
                .body(containsString("link-local address (such as a cloud metadata service)"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
    }
}
