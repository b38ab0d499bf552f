package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mailbox form: field messages, presets with and without JavaScript, and the free-plan banner. */
@QuarkusTest
class MailboxesFormTest {

    static final String BANNER = "External mailboxes need a paid plan or a trial.";

    static Map<String, Object> form(String email) {
        Map<String, Object> form = new HashMap<>();
        form.putAll(Map.of("preset", "CUSTOM", "email", email, "displayName", "Acme Billing", "host", "smtp.example.com",
                "port", "587", "security", "STARTTLS", "username", email, "password", "billing-pw-1", "projects", "all",
                "access", "all"));
        return form;
    }

    Session adminOf(Account account) {
        return Session.login(Fixtures.employee(account, Role.ADMIN).login);
    }

    @Test
    void badValuesGetAMessageNextToEachFieldAndTypedValuesStay() {
        Account account = Fixtures.account(Plan.PAID);
        Map<String, Object> bad = form("not-an-address");
        bad.put("displayName", "Acme\r\nBcc: victim@example.org");
        bad.put("host", "bad host!");
        bad.put("port", "70000");
        bad.put("security", "OPPORTUNISTIC");
        bad.put("username", "billing\u0007");
        bad.put("signature", "Thanks,\nAcme \u0007 Billing");

        adminOf(account).post("/admin/settings/email", bad).then().statusCode(400)
                .body(containsString("This is not a valid email address."))
                .body(containsString("The display name must be a single line without special characters."))
                .body(containsString("This is not a host name or IP address."))
                .body(containsString("Enter a port between 1 and 65535."))
                .body(containsString("Choose how the connection is secured."))
                .body(containsString("The username must be a single line without special characters."))
                .body(containsString("The signature may have several lines but no other special characters."))
                .body(containsString("value=\"not-an-address\""))
                .body(containsString("value=\"bad host!\""))
                .body(containsString("value=\"70000\""))
                .body(not(containsString("billing-pw-1")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
    }

    @Test
    void missingValuesAreNamed() {
        adminOf(Fixtures.account(Plan.PAID)).post("/admin/settings/email", Map.of("preset", "CUSTOM", "port", ""))
                .then().statusCode(400)
                .body(containsString("Enter the address mail is sent from."))
                .body(containsString("Enter the SMTP server, for example smtp.example.com."))
                .body(containsString("Enter a port between 1 and 65535."))
                .body(containsString("Enter the username (often the full email address)."))
                .body(containsString("Enter the password."));
    }

    @Test
    void unencryptedConnectionsAreRefusedForAHostTheOperatorDidNotList() {
        Map<String, Object> plain = form("relay@acme.test");
        plain.put("security", "NONE");
        plain.put("host", "127.0.0.1");
        adminOf(Fixtures.account(Plan.PAID)).post("/admin/settings/email", plain).then().statusCode(400)
                .body(containsString("Unencrypted connections are allowed only to hosts"));
    }

    @Test
    void applyPresetWithoutJavaScriptFillsTheServerAndKeepsTheRest() {
        Account account = Fixtures.account(Plan.PAID);
        Map<String, Object> typed = form("me@gmail.com");
        typed.put("preset", "GMAIL");
        typed.put("host", "old.example.net");
        typed.put("port", "25");

        adminOf(account).post("/admin/settings/email/preset", typed).then().statusCode(200)
                .body(containsString("value=\"smtp.gmail.com\""))
                .body(containsString("value=\"465\""))
                .body(containsString("<option value=\"SSL_TLS\" selected>"))
                .body(containsString("value=\"me@gmail.com\""))
                .body(containsString("value=\"Acme Billing\""))
                .body(containsString("Use an app password"))
                .body(not(containsString("billing-pw-1")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
    }

    @Test
    void everyPresetIsOfferedWithItsServerForTheScript() {
        Session admin = adminOf(Fixtures.account(Plan.PAID));
        String page = admin.get("/admin/settings/email/new?preset=ICLOUD").then().statusCode(200)
                .body(containsString("value=\"smtp.mail.me.com\""))
                .body(containsString("app-specific password")).extract().asString();
        for (ProviderPreset preset : ProviderPreset.values()) {
            assertTrue(page.contains("<option value=\"" + preset.name() + "\""), preset.name());
            if (!preset.isCustom()) {
                assertTrue(page.contains("data-host=\"" + preset.host() + "\" data-port=\"" + preset.port()
                        + "\" data-security=\"" + preset.security().name() + "\""), preset.name());
            }
        }
    }

    @Test
    void aFreeAccountSeesItsMailboxesWithABannerAndKeepsThem() {
        Account free = Fixtures.account(Plan.FREE);
        Employee employee = Fixtures.employee(free, Role.EMPLOYEE);
        Mailbox kept = Fixtures.mailbox(free, null);
        Session admin = adminOf(free);

        admin.get("/admin/settings/email").then().statusCode(200)
                .body(containsString(BANNER))
                .body(containsString("internal Taskmail address"))
                .body(containsString(kept.email));
        admin.get("/admin/settings/email/new").then().body(containsString(BANNER));
        Session.login(employee.login).get("/profile/mailboxes").then().statusCode(200).body(containsString(BANNER));
        admin.post("/admin/settings/email", form("drafts@acme.test")).then().statusCode(303);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", free.id)));
    }

    @Test
    void paidAccountsAndRunningTrialsSeeNoBanner() {
        adminOf(Fixtures.account(Plan.PAID)).get("/admin/settings/email").then().body(not(containsString(BANNER)));
        Account trial = Fixtures.account(Plan.FREE);
        QuarkusTransaction.requiringNew().run(() -> Account.<Account>findById(trial.id).trialEndsAt =
                Instant.now().plus(7, ChronoUnit.DAYS));
        adminOf(trial).get("/admin/settings/email").then().statusCode(200).body(not(containsString(BANNER)));
    }

    @Test
    void onlyOneMailboxIsPreferred() {
        Account account = Fixtures.account(Plan.PAID);
        Session admin = adminOf(account);
        Map<String, Object> first = form("first@acme.test");
        first.put("preferred", "true");
        admin.post("/admin/settings/email", first).then().statusCode(303);
        Map<String, Object> second = form("second@acme.test");
        second.put("preferred", "true");
        admin.post("/admin/settings/email", second).then().statusCode(303);

        QuarkusTransaction.requiringNew().run(() -> {
            assertFalse(Mailbox.<Mailbox>find("account.id = ?1 and email = ?2", account.id, "first@acme.test")
                    .singleResult().preferred);
            assertTrue(Mailbox.<Mailbox>find("account.id = ?1 and email = ?2", account.id, "second@acme.test")
                    .singleResult().preferred);
        });
    }
}
