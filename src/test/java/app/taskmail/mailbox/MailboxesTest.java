package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Project;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.StartTlsSmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Company mailboxes through the pages, against a real STARTTLS submission server with required
 * authentication: testing, enabling, the verified state, and how the password is kept.
 */
@QuarkusTest
class MailboxesTest {

    static final String PASSWORD = "Sales-Mailbox-Pw-7731";
    static final String ADDRESS = "sales@acme.test";
    static final Pattern TOKEN = Pattern.compile("name=\"testedToken\" value=\"([0-9a-f]*)\"");
    static final String BASE = "/admin/settings/email";
    static StartTlsSmtpServer server;

    @Inject
    EntityManager em;

    @Inject
    MailboxCredentials credentials;

    Account account;
    Session admin;

    @BeforeAll
    static void startServer() {
        server = StartTlsSmtpServer.builder().user(ADDRESS, PASSWORD, ADDRESS).rejectForeignSenders().start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        admin = Session.login(Fixtures.employee(account, Role.ADMIN).login);
    }

    static Map<String, Object> form(String host, String password, boolean enabled) {
        Map<String, Object> form = new HashMap<>();
        form.put("preset", "CUSTOM");
        form.put("email", ADDRESS);
        form.put("displayName", "Acme Sales");
        form.put("host", host);
        form.put("port", String.valueOf(server.port()));
        form.put("security", "STARTTLS");
        form.put("username", ADDRESS);
        form.put("password", password);
        form.put("signature", "Acme Sales\nPhone 555-0100");
        form.put("projects", "all");
        form.put("access", "all");
        if (enabled) {
            form.put("enabled", "true");
        }
        return form;
    }

    static String token(Response response) {
        Matcher matcher = TOKEN.matcher(response.asString());
        assertTrue(matcher.find(), "the form carries the token of the test");
        return matcher.group(1);
    }

    /** Tests and saves a new company mailbox enabled, as an admin would; returns it. */
    Mailbox createVerified() {
        Response tested = admin.post(BASE + "/test", form("127.0.0.1", PASSWORD, false));
        tested.then().statusCode(200).body(containsString("Test passed."));
        Map<String, Object> save = form("127.0.0.1", "", true);
        save.put("testedToken", token(tested));
        admin.post(BASE, save).then().statusCode(303);
        return onlyMailbox();
    }

    Mailbox onlyMailbox() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Mailbox> all = Mailbox.list("account.id", account.id);
            assertEquals(1, all.size());
            return all.get(0);
        });
    }

    byte[] storedCiphertext(long mailboxId) {
        return QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("select password_ciphertext from mailbox where id = ?1")
                .setParameter(1, mailboxId).getSingleResult());
    }

    @Test
    void savingEnabledWithoutASuccessfulTestIsRefusedAndKeepsWhatWasTyped() {
        admin.post(BASE, form("127.0.0.1", PASSWORD, true)).then().statusCode(400)
                .body(containsString("Test the account successfully before enabling it."))
                .body(containsString("value=\"Acme Sales\""))
                .body(containsString("Phone 555-0100"))
                .body(not(containsString(PASSWORD)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
    }

    @Test
    void savingDisabledNeedsNoTest() {
        admin.post(BASE, form("127.0.0.1", PASSWORD, false)).then().statusCode(303);
        Mailbox saved = onlyMailbox();
        assertFalse(saved.enabled);
        assertFalse(saved.isVerified());
        admin.get(BASE).then().statusCode(200).body(containsString(ADDRESS)).body(containsString("Not verified"));
    }

    @Test
    void aSuccessfulTestLetsTheSameSettingsBeSavedEnabledWithoutTypingThePasswordAgain() {
        Mailbox saved = createVerified();

        assertTrue(saved.enabled);
        assertTrue(saved.isVerified());
        assertNotNull(saved.verifiedAt);
        assertEquals(PASSWORD, QuarkusTransaction.requiringNew().call(
                () -> credentials.password(Mailbox.findById(saved.id))));
        admin.get(BASE).then().statusCode(200)
                .body(containsString(ADDRESS)).body(containsString("Verified"))
                .body(containsString("last successful test")).body(containsString("Enabled"));
        assertTrue(server.messages().isEmpty(), "testing sends nothing");
    }

    @Test
    void aSuccessfulTestCountsOnlyForExactlyTheTestedSettings() {
        admin.post(BASE + "/test", form("127.0.0.1", PASSWORD, false)).then().body(containsString("Test passed."));
        Map<String, Object> otherAddress = form("127.0.0.1", PASSWORD, true);
        otherAddress.put("email", "other@acme.test");

        admin.post(BASE, otherAddress).then().statusCode(400)
                .body(containsString("Test the account successfully before enabling it."));
    }

    @Test
    void aFailedTestShowsTheServersWordsAndDoesNotAllowEnabling() {
        admin.post(BASE + "/test", form("127.0.0.1", "wrong-password", false)).then().statusCode(200)
                .body(containsString("Test failed."))
                .body(containsString("refused the username or password"))
                .body(containsString("535"))
                .body(not(containsString("wrong-password")));
        admin.post(BASE, form("127.0.0.1", "wrong-password", true)).then().statusCode(400)
                .body(containsString("Test the account successfully before enabling it."));
    }

    @Test
    void aSenderTheLoginDoesNotOwnIsReportedInPlainWords() {
        Map<String, Object> foreign = form("127.0.0.1", PASSWORD, false);
        foreign.put("email", "boss@acme.test");
        admin.post(BASE + "/test", foreign).then().statusCode(200)
                .body(containsString("This login may not send as boss@acme.test: 553 5.7.1"))
                .body(containsString("value=\"boss@acme.test\""));
    }

    @Test
    void changingTheHostAfterATestClearsTheVerifiedState() {
        Mailbox verified = createVerified();
        Map<String, Object> moved = form("localhost", PASSWORD, false);

        admin.post(BASE + "/" + verified.id, moved).then().statusCode(303);

        Mailbox changed = onlyMailbox();
        assertEquals("localhost", changed.host);
        assertFalse(changed.isVerified());
        assertEquals(verified.settingsVersion + 1, changed.settingsVersion);
        admin.get(BASE).then().body(containsString("Not verified"));
        moved.put("enabled", "true");
        admin.post(BASE + "/" + verified.id, moved).then().statusCode(400)
                .body(containsString("Test the account successfully before enabling it."));
    }

    @Test
    void anEmptyPasswordAfterChangingTheHostIsRefused() {
        Mailbox verified = createVerified();

        admin.post(BASE + "/" + verified.id, form("localhost", "", false)).then().statusCode(400)
                .body(containsString("Type the password again: the server settings changed."));
        admin.post(BASE + "/" + verified.id + "/test", form("localhost", "", false)).then().statusCode(400)
                .body(containsString("Type the password again: the server settings changed."))
                .body(not(containsString("Test passed.")));
        assertEquals("127.0.0.1", onlyMailbox().host);
    }

    @Test
    void anEmptyPasswordWithUnchangedSettingsKeepsTheStoredOneAndTheVerifiedState() {
        Mailbox verified = createVerified();
        Map<String, Object> renamed = form("127.0.0.1", "", true);
        renamed.put("displayName", "Acme Sales Team");

        admin.post(BASE + "/" + verified.id, renamed).then().statusCode(303);

        Mailbox saved = onlyMailbox();
        assertEquals("Acme Sales Team", saved.displayName);
        assertTrue(saved.isVerified() && saved.enabled);
        assertEquals(verified.settingsVersion, saved.settingsVersion);
        admin.post(BASE + "/" + verified.id + "/test", form("127.0.0.1", "", true)).then().statusCode(200)
                .body(containsString("Test passed."));
    }

    @Test
    void theDatabaseHoldsThePasswordOnlyEncrypted() {
        Mailbox saved = createVerified();
        byte[] stored = storedCiphertext(saved.id);

        assertTrue(stored.length > PASSWORD.length());
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains(PASSWORD));
        assertFalse(raw.contains(new String(PASSWORD.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1)));
        assertFalse(raw.contains(Base64.getEncoder().encodeToString(PASSWORD.getBytes(StandardCharsets.UTF_8))));
        assertEquals("k1", saved.passwordKeyId);
    }

    @Test
    void aCiphertextCopiedIntoAnotherMailboxDoesNotDecrypt() {
        Mailbox original = createVerified();
        Mailbox other = Fixtures.mailbox(account, null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "update mailbox set password_ciphertext = (select password_ciphertext from mailbox where id = ?1)"
                                + " where id = ?2")
                .setParameter(1, original.id).setParameter(2, other.id).executeUpdate());

        SecretBox.SecretUnreadableException refused = assertThrows(SecretBox.SecretUnreadableException.class,
                () -> QuarkusTransaction.requiringNew().call(() -> credentials.password(Mailbox.findById(other.id))));
        assertFalse(refused.getMessage().contains(PASSWORD));
        Map<String, Object> sameServer = form("127.0.0.1", "", false);
        sameServer.put("email", other.email);
        sameServer.put("username", other.username);
        sameServer.put("port", "465");
        sameServer.put("security", "SSL_TLS");
        admin.post(BASE + "/" + other.id + "/test", sameServer).then().statusCode(400)
                .body(containsString("The stored password can no longer be read. Type it again."))
                .body(not(containsString(PASSWORD)));
    }

    @Test
    void theEditPageShowsNeitherThePasswordNorItsCiphertext() {
        Mailbox saved = createVerified();
        byte[] stored = storedCiphertext(saved.id);
        String[] secrets = {PASSWORD, Base64.getEncoder().encodeToString(stored),
                Base64.getUrlEncoder().withoutPadding().encodeToString(stored), HexFormat.of().formatHex(stored),
                HexFormat.of().withUpperCase().formatHex(stored)};

        List<String> pages = List.of(admin.get(BASE + "/" + saved.id).asString(),
                admin.post(BASE + "/" + saved.id + "/test", form("127.0.0.1", "", true)).asString(),
                admin.post(BASE + "/" + saved.id, form("", "", true)).asString(),
                admin.get(BASE).asString());
        for (String page : pages) {
            for (String secret : secrets) {
                assertFalse(page.contains(secret), "a page contains a secret");
            }
        }
        assertTrue(pages.get(0).contains("Leave empty to keep the stored password."));
    }

    @Test
    void projectsAndAccessAreStoredAsChosen() {
        Project website = Fixtures.project(account);
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Map<String, Object> chosen = form("127.0.0.1", PASSWORD, false);
        chosen.put("projects", "selected");
        chosen.put("projectIds", List.of(website.id));
        chosen.put("access", "selected");
        chosen.put("employeeIds", List.of(bob.id));

        admin.post(BASE, chosen).then().statusCode(303);

        Mailbox saved = onlyMailbox();
        QuarkusTransaction.requiringNew().run(() -> {
            Mailbox m = Mailbox.findById(saved.id);
            assertFalse(m.allProjects);
            assertEquals(List.of(website.id), m.projects.stream().map(p -> p.id).toList());
            assertFalse(m.allEmployees);
            assertEquals(List.of(bob.id), m.employees.stream().map(e -> e.id).toList());
        });
        admin.get(BASE).then().body(containsString(website.name)).body(containsString(bob.displayName));
    }

    @Test
    void aProjectOfAnotherAccountCannotBeLinked() {
        Project foreign = Fixtures.project(Fixtures.account(Plan.PAID));
        Map<String, Object> chosen = form("127.0.0.1", PASSWORD, false);
        chosen.put("projects", "selected");
        chosen.put("projectIds", List.of(foreign.id));

        admin.post(BASE, chosen).then().statusCode(400).body(containsString("Choose from the list"))
                .body(not(containsString(foreign.name)));
        admin.post(BASE, Map.of("projects", "selected")).then().statusCode(400)
                .body(containsString("Choose at least one project, or all projects."));
    }

    @Test
    void enablingFromTheListNeedsAVerifiedMailboxAndDisableAndDeleteWork() {
        Mailbox draft = Fixtures.mailbox(account, null);
        admin.post(BASE + "/" + draft.id + "/enable").then().statusCode(400)
                .body(containsString("successfully before enabling it"));

        Mailbox verified = createVerifiedNextTo(draft);
        admin.post(BASE + "/" + verified.id + "/disable").then().statusCode(303);
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>findById(verified.id).enabled));
        admin.post(BASE + "/" + verified.id + "/enable").then().statusCode(303);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>findById(verified.id).enabled));
        admin.post(BASE + "/" + draft.id + "/delete").then().statusCode(303);
        assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Mailbox.findById(draft.id)));
        admin.post(BASE + "/" + verified.id + "/test", form("127.0.0.1", "", true)).then().body(containsString("Test passed."));
        admin.post(BASE + "/" + verified.id + "/delete").then().statusCode(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
        admin.get(BASE).then().body(containsString("No mailboxes yet."));
    }

    private Mailbox createVerifiedNextTo(Mailbox draft) {
        Response tested = admin.post(BASE + "/test", form("127.0.0.1", PASSWORD, false));
        Map<String, Object> save = form("127.0.0.1", "", true);
        save.put("testedToken", token(tested));
        admin.post(BASE, save).then().statusCode(303);
        return QuarkusTransaction.requiringNew().call(
                () -> Mailbox.<Mailbox>find("account.id = ?1 and id <> ?2", account.id, draft.id).singleResult());
    }

    @Test
    void aTestOlderThanThirtyMinutesNoLongerCounts() {
        Response tested = admin.post(BASE + "/test", form("127.0.0.1", PASSWORD, false));
        tested.then().body(containsString("Test passed."));
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update mailbox_check set tested_at = tested_at - interval '31 minutes' where account_id = ?1")
                .setParameter(1, account.id).executeUpdate());
        Map<String, Object> save = form("127.0.0.1", PASSWORD, true);
        save.put("testedToken", token(tested));

        admin.post(BASE, save).then().statusCode(400)
                .body(containsString("Test the account successfully before enabling it."));
    }

    @Test
    void thePasswordTypedForATestServesOnlyWhoTestedAndOnlyForTheTestedServer() {
        Response tested = admin.post(BASE + "/test", form("127.0.0.1", PASSWORD, false));
        String token = token(tested);
        Map<String, Object> otherServer = form("localhost", "", true);
        otherServer.put("testedToken", token);
        admin.post(BASE, otherServer).then().statusCode(400).body(containsString("Enter the password."));

        Session colleague = Session.login(Fixtures.employee(account, Role.ADMIN).login);
        Map<String, Object> sameServer = form("127.0.0.1", "", true);
        sameServer.put("testedToken", token);
        colleague.post(BASE, sameServer).then().statusCode(400).body(containsString("Enter the password."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Mailbox.count("account.id", account.id)));
    }

    @Test
    void aNewPasswordStartsANewSettingsVersionButTheSameOneTypedAgainDoesNot() {
        Mailbox verified = createVerified();

        admin.post(BASE + "/" + verified.id, form("127.0.0.1", PASSWORD, true)).then().statusCode(303);
        assertEquals(verified.settingsVersion, onlyMailbox().settingsVersion);
        assertTrue(onlyMailbox().isVerified());

        admin.post(BASE + "/" + verified.id, form("127.0.0.1", "Another-Password-1", false)).then().statusCode(303);
        Mailbox changed = onlyMailbox();
        assertEquals(verified.settingsVersion + 1, changed.settingsVersion);
        assertFalse(changed.isVerified());
        assertEquals("Another-Password-1", QuarkusTransaction.requiringNew().call(
                () -> credentials.password(Mailbox.findById(changed.id))));
    }
}
