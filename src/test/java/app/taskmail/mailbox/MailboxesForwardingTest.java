package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.inbound.ForwardingProbe;
import app.taskmail.inbound.InboundListener;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.SmtpClient;
import app.taskmail.testing.StartTlsSmtpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Check forwarding" through the mailbox pages: the probe goes out through the mailbox's real STARTTLS
 * submission server (required auth) from the mailbox to itself; the test then plays the provider's
 * forwarding rule by delivering exactly the received bytes to Taskmail's inbound listener.
 */
@QuarkusTest
class MailboxesForwardingTest {

    static final String PASSWORD = "Forwarding-Pw-5120";
    static final String COMPANY = "/admin/settings/email";
    static final Pattern VERIFIED_AT = Pattern.compile(
            "Forwarding verified</span> The probe came back at \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC");

    @Inject
    InboundListener listener;

    Account account;
    Employee admin;
    Employee ann;
    String companyAddress;
    String annAddress;
    StartTlsSmtpServer server;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        admin = Fixtures.employee(account, Role.ADMIN);
        ann = Fixtures.employee(account, Role.EMPLOYEE);
        companyAddress = Fixtures.unique("support") + "@acme.test";
        annAddress = Fixtures.unique("ann") + "@acme.test";
        server = StartTlsSmtpServer.builder().user(companyAddress, PASSWORD, companyAddress)
                .user(annAddress, PASSWORD, annAddress).rejectForeignSenders().start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** A mailbox on the test server, verified and enabled, with the stored password given. */
    Mailbox mailbox(Employee owner, String address, String storedPassword) {
        return Fixtures.mailbox(account, owner, new SmtpSettings(address, "127.0.0.1", server.port(),
                TransportSecurity.STARTTLS, address, storedPassword), true);
    }

    long probes(Mailbox mailbox) {
        return QuarkusTransaction.requiringNew().call(() -> ForwardingProbe.count("mailbox.id", mailbox.id));
    }

    String probeToken(Mailbox mailbox) {
        return QuarkusTransaction.requiringNew().call(
                () -> ForwardingProbe.<ForwardingProbe>find("mailbox.id", mailbox.id).singleResult().token);
    }

    /** Asserts the server received exactly one message, from the mailbox to itself, and returns it. */
    StartTlsSmtpServer.Received onlyProbe(String address) {
        List<StartTlsSmtpServer.Received> received = server.messages();
        assertEquals(1, received.size());
        StartTlsSmtpServer.Received probe = received.get(0);
        assertEquals(address, probe.login());
        assertEquals(address, probe.from());
        assertEquals(List.of(address), probe.recipients());
        return probe;
    }

    /** Checks forwarding on a mailbox page, sees it waiting, forwards the probe, sees it verified. */
    void checkAndForward(Session session, String page, String address, Mailbox mailbox, String forwardTo) {
        session.get(page).then().statusCode(200).body(containsString("Not checked"))
                .body(containsString("value=\"" + forwardTo + "\""));

        session.post(page + "/forwarding").then().statusCode(303).header("Location", endsWith(page));

        session.get(page).then().statusCode(200)
                .body(containsString("Probe sent from " + address + " to " + address + "."))
                .body(containsString("waiting for it to come back"))
                .body(containsString("forward incoming mail of <strong>" + address + "</strong> to"))
                .body(containsString("value=\"" + forwardTo + "\""));
        StartTlsSmtpServer.Received probe = onlyProbe(address);
        assertTrue(text(probe).contains("\r\nX-Taskmail-Probe: " + probeToken(mailbox) + "\r\n"), text(probe));

        assertEquals(250, SmtpClient.send(listener.port(), address, forwardTo, probe.data()).code());

        String verified = session.get(page).then().statusCode(200).extract().asString();
        assertTrue(VERIFIED_AT.matcher(verified).find(), verified);
        assertFalse(verified.contains("forward incoming mail of"), "nothing left to configure");
    }

    static String text(StartTlsSmtpServer.Received message) {
        return new String(message.data(), StandardCharsets.UTF_8);
    }

    @Test
    void anAdminChecksACompanyMailboxAndItIsVerifiedWhenTheProbeComesBackToTheInbox() {
        Mailbox mailbox = mailbox(null, companyAddress, PASSWORD);
        Session session = Session.login(admin.login);

        checkAndForward(session, COMPANY + "/" + mailbox.id, companyAddress, mailbox,
                InboundFixtures.address("inbox", account));

        session.get(COMPANY).then().statusCode(200).body(containsString("Forwarding verified"));
    }

    @Test
    void anEmployeeChecksTheirOwnMailboxAndItForwardsToTheirInternalAddress() {
        Mailbox mailbox = mailbox(ann, annAddress, PASSWORD);
        Session session = Session.login(ann.login);

        checkAndForward(session, "/profile/mailboxes/" + mailbox.id, annAddress, mailbox,
                InboundFixtures.address(ann.login, account));

        session.get("/profile/mailboxes").then().statusCode(200).body(containsString("Forwarding verified"));
    }

    @Test
    void anAdminChecksAnEmployeesMailboxFromTheEmployeesPage() {
        Mailbox mailbox = mailbox(ann, annAddress, PASSWORD);
        Session session = Session.login(admin.login);
        String page = "/admin/employees/" + ann.id + "/mailboxes/" + mailbox.id;

        session.get(page).then().statusCode(200).body(containsString(InboundFixtures.address(ann.login, account)));
        session.post(page + "/forwarding").then().statusCode(303);

        onlyProbe(annAddress);
        session.get("/admin/employees/" + ann.id + "/mailboxes").then().body(containsString("Forwarding: waiting"));
    }

    @Test
    void theProbeAsReceivedHasCrlfLineEndsAndOneFromToAndSubject() {
        Mailbox mailbox = mailbox(null, companyAddress, PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> Mailbox.<Mailbox>findById(mailbox.id).displayName = "Acme Straße");
        Session session = Session.login(admin.login);
        session.get(COMPANY + "/" + mailbox.id);

        session.post(COMPANY + "/" + mailbox.id + "/forwarding").then().statusCode(303);

        String message = text(onlyProbe(companyAddress));
        assertFalse(Pattern.compile("\r(?!\n)|(?<!\r)\n").matcher(message).find(), "CRLF line ends only");
        List<String> headers = Arrays.asList(message.substring(0, message.indexOf("\r\n\r\n")).split("\r\n"));
        for (String name : List.of("From", "To", "Subject", "Date", "Message-ID")) {
            assertEquals(1, headers.stream().filter(h -> h.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .count(), name + " in " + headers);
        }
        assertTrue(headers.contains("Subject: Taskmail forwarding check"), message);
        assertTrue(headers.contains("To: =?UTF-8?Q?Acme_Stra=C3=9Fe?= <" + companyAddress + ">"), message);
        assertTrue(headers.contains("Auto-Submitted: auto-generated"), message);
    }

    @Test
    void aDisabledMailboxIsRefusedAndNothingIsSent() {
        Mailbox mailbox = mailbox(null, companyAddress, PASSWORD);
        QuarkusTransaction.requiringNew().run(() -> Mailbox.<Mailbox>findById(mailbox.id).enabled = false);
        Session session = Session.login(admin.login);
        session.get(COMPANY + "/" + mailbox.id);

        session.post(COMPANY + "/" + mailbox.id + "/forwarding").then().statusCode(400)
                .body(containsString("Forwarding can be checked only from an enabled mailbox"))
                .body(containsString("Enable " + companyAddress + " first."))
                .body(containsString("Not checked"));

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(mailbox));
    }

    @Test
    void anUnverifiedMailboxIsRefusedAndNothingIsSent() {
        Mailbox mailbox = Fixtures.mailbox(account, ann, new SmtpSettings(annAddress, "127.0.0.1", server.port(),
                TransportSecurity.STARTTLS, annAddress, PASSWORD), false);
        QuarkusTransaction.requiringNew().run(() -> Mailbox.<Mailbox>findById(mailbox.id).enabled = true);
        Session session = Session.login(ann.login);
        session.get("/profile/mailboxes/" + mailbox.id);

        session.post("/profile/mailboxes/" + mailbox.id + "/forwarding").then().statusCode(400)
                .body(containsString("Forwarding can be checked only from an enabled mailbox whose settings passed"
                        + " Test account."))
                .body(containsString("Press Test account, then save it enabled."));

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(mailbox));
    }

    @Test
    void aFreeAccountDoesNotSendFromItsMailbox() {
        account = Fixtures.account(Plan.FREE);
        admin = Fixtures.employee(account, Role.ADMIN);
        Mailbox mailbox = mailbox(null, companyAddress, PASSWORD);
        Session session = Session.login(admin.login);
        session.get(COMPANY + "/" + mailbox.id);

        session.post(COMPANY + "/" + mailbox.id + "/forwarding").then().statusCode(400)
                .body(containsString("Your plan does not send from external mailboxes"));

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(mailbox));
    }

    @Test
    void aRefusedLoginIsShownInPlainWordsAndNothingIsMarked() {
        Mailbox mailbox = mailbox(null, companyAddress, "Outdated-Pw-0042");
        Session session = Session.login(admin.login);
        session.get(COMPANY + "/" + mailbox.id);

        session.post(COMPANY + "/" + mailbox.id + "/forwarding").then().statusCode(200)
                .body(containsString("The probe was not sent."))
                .body(containsString("The server refused the username or password: 535"))
                .body(containsString("Not checked"))
                .body(not(containsString("Outdated-Pw-0042")))
                .body(not(containsString(PASSWORD)));

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(mailbox));
        session.get(COMPANY).then().body(containsString("Forwarding not checked"));
    }

    @Test
    void employeesCannotCheckTheCompanysOrAnotherEmployeesMailbox() {
        Mailbox company = mailbox(null, companyAddress, PASSWORD);
        Mailbox annsBox = mailbox(ann, annAddress, PASSWORD);
        Session bob = Session.login(Fixtures.employee(account, Role.EMPLOYEE).login);

        bob.post(COMPANY + "/" + company.id + "/forwarding").then().statusCode(403);
        bob.post("/admin/employees/" + ann.id + "/mailboxes/" + annsBox.id + "/forwarding").then().statusCode(403);
        bob.post("/profile/mailboxes/" + annsBox.id + "/forwarding").then().statusCode(404);
        bob.post("/profile/mailboxes/" + company.id + "/forwarding").then().statusCode(404);

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(company) + probes(annsBox));
    }

    @Test
    void anAdminOfAnotherAccountFindsNoMailboxToCheck() {
        Mailbox company = mailbox(null, companyAddress, PASSWORD);
        Mailbox annsBox = mailbox(ann, annAddress, PASSWORD);
        Session stranger = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN).login);

        stranger.post(COMPANY + "/" + company.id + "/forwarding").then().statusCode(404);
        stranger.post("/admin/employees/" + ann.id + "/mailboxes/" + annsBox.id + "/forwarding").then().statusCode(404);
        stranger.post("/profile/mailboxes/" + annsBox.id + "/forwarding").then().statusCode(404);

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(company) + probes(annsBox));
    }

    @Test
    void aForgedFormWithoutTheCsrfTokenSendsNothing() {
        Mailbox mailbox = mailbox(null, companyAddress, PASSWORD);
        Session session = Session.login(admin.login);

        session.postWithoutCsrf(COMPANY + "/" + mailbox.id + "/forwarding", Map.of()).then().statusCode(400)
                .body(containsString("The form may have expired"));

        assertTrue(server.messages().isEmpty());
        assertEquals(0L, probes(mailbox));
    }
}
