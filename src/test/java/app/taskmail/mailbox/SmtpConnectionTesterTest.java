package app.taskmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.testing.PlainSmtpServer;
import app.taskmail.testing.SilentSmtpServer;
import app.taskmail.testing.SmtpsGreenMail;
import app.taskmail.testing.StartTlsSmtpServer;
import app.taskmail.testing.TestCertificates;
import app.taskmail.testing.TestSmtpServer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Test account" against real SMTP servers on loopback ports: a STARTTLS submission server with required
 * authentication (SubEthaSMTP), an SMTPS server (GreenMail), and broken peers. After every case, no server
 * saw AUTH before TLS, except where the test explicitly allows an unencrypted host.
 */
class SmtpConnectionTesterTest {

    static final String ANN_PASSWORD = "ann-Secret-pw1";
    static final String BEN_PASSWORD = "ben-Secret-pw2";
    static final Duration TIMEOUT = Duration.ofSeconds(1);

    static StartTlsSmtpServer startTls;
    static SmtpsGreenMail smtps;
    static StartTlsSmtpServer untrusted;
    static PlainSmtpServer withoutStartTls;
    static SilentSmtpServer silent;
    static SmtpConnectionTester tester;

    @BeforeAll
    static void startServers() {
        startTls = StartTlsSmtpServer.builder().user("ann", ANN_PASSWORD, "ann@example.com").rejectForeignSenders().start();
        smtps = SmtpsGreenMail.start("ben", BEN_PASSWORD, "ben@example.com");
        untrusted = StartTlsSmtpServer.builder().user("ann", ANN_PASSWORD, "ann@example.com").untrustedCertificate().start();
        withoutStartTls = PlainSmtpServer.start("ann", ANN_PASSWORD);
        silent = SilentSmtpServer.start();
        tester = tester(TIMEOUT, List.of());
    }

    @AfterAll
    static void stopServers() {
        for (TestSmtpServer server : List.of(startTls, smtps, untrusted, withoutStartTls, silent)) {
            server.close();
        }
    }

    @AfterEach
    void nothingWasAuthenticatedInClearText() {
        for (TestSmtpServer server : List.of(startTls, smtps, untrusted, withoutStartTls, silent)) {
            assertFalse(server.authAttemptedInClear(), "AUTH before TLS at " + server.getClass().getSimpleName());
        }
    }

    static SmtpConnectionTester tester(Duration timeout, List<String> plaintextHosts) {
        HostGuard guard = new HostGuard(true, Optional.of(plaintextHosts));
        MailTrust trust = MailTrust.of(TestCertificates.trustStore(), TestCertificates.PASSWORD);
        return new SmtpConnectionTester(new SmtpConnector(guard, trust, timeout, "tests.taskmail.local"));
    }

    static SmtpSettings settings(String host, int port, TransportSecurity security, String email, String username,
            String password) {
        return new SmtpSettings(email, host, port, security, username, password);
    }

    static SmtpSettings ann(TestSmtpServer server, TransportSecurity security) {
        return settings("127.0.0.1", server.port(), security, "ann@example.com", "ann", ANN_PASSWORD);
    }

    static void assertFails(SmtpTestResult result, SmtpProblem problem, String... phrases) {
        assertFalse(result.ok(), result.message());
        assertEquals(problem, result.problem(), result.message());
        for (String phrase : phrases) {
            assertTrue(result.message().contains(phrase), "'" + phrase + "' in: " + result.message());
        }
        assertFalse(result.message().contains(ANN_PASSWORD) || result.message().contains(BEN_PASSWORD));
    }

    @Test
    void succeedsOverRequiredStartTlsWithAuthenticationAndSendsNothing() {
        SmtpTestResult result = tester.test(ann(startTls, TransportSecurity.STARTTLS));

        assertTrue(result.ok(), result.message());
        assertTrue(result.message().contains("accepts ann@example.com as sender"), result.message());
        assertTrue(startTls.messages().isEmpty(), "a test sends nothing");
        assertEquals(List.of("EHLO tests.taskmail.local", "STARTTLS"), startTls.clearTextCommands().subList(0, 2));
    }

    @Test
    void succeedsWhenTheCertificateIsCheckedAgainstTheHostName() {
        SmtpSettings byName = settings("localhost", startTls.port(), TransportSecurity.STARTTLS, "ann@example.com", "ann",
                ANN_PASSWORD);
        assertTrue(tester.test(byName).ok());
    }

    @Test
    void succeedsOverImplicitTlsAgainstGreenMail() {
        SmtpTestResult result = tester.test(settings("127.0.0.1", smtps.port(), TransportSecurity.SSL_TLS,
                "ben@example.com", "ben", BEN_PASSWORD));

        assertTrue(result.ok(), result.message());
        assertTrue(smtps.receivedMessages().isEmpty());
    }

    @Test
    void wrongPasswordIsReportedWithTheServersReply() {
        SmtpSettings wrong = settings("127.0.0.1", startTls.port(), TransportSecurity.STARTTLS, "ann@example.com", "ann",
                "not-the-password");
        assertFails(tester.test(wrong), SmtpProblem.AUTH_REJECTED, "refused the username or password", "535");

        SmtpSettings wrongAtGreenMail = settings("127.0.0.1", smtps.port(), TransportSecurity.SSL_TLS, "ben@example.com",
                "ben", "not-the-password");
        assertFails(tester.test(wrongAtGreenMail), SmtpProblem.AUTH_REJECTED, "535 5.7.8");
    }

    @Test
    void anAddressTheLoginDoesNotOwnIsReportedFromTheRcptRefusal() {
        SmtpSettings foreign = settings("127.0.0.1", startTls.port(), TransportSecurity.STARTTLS, "boss@example.com",
                "ann", ANN_PASSWORD);

        assertFails(tester.test(foreign), SmtpProblem.SENDER_REJECTED,
                "This login may not send as boss@example.com: 553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user ann");
    }

    @Test
    void aClosedPortIsReportedAsRefused() {
        SmtpSettings closed = settings("127.0.0.1", TestSmtpServer.closedPort(), TransportSecurity.SSL_TLS,
                "ann@example.com", "ann", ANN_PASSWORD);
        assertFails(tester.test(closed), SmtpProblem.CONNECTION_REFUSED, "connection was refused", "Check the host and the port");
    }

    @Test
    void aServerThatNeverAnswersIsGivenUpAfterTheTimeout() {
        for (TransportSecurity security : List.of(TransportSecurity.STARTTLS, TransportSecurity.SSL_TLS)) {
            long started = System.nanoTime();
            SmtpTestResult result = tester.test(ann(silent, security));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertFails(result, SmtpProblem.TIMED_OUT, "did not answer within 1 second");
            assertTrue(took.compareTo(TIMEOUT.multipliedBy(5)) < 0, "bounded by the timeout, took " + took);
        }
    }

    @Test
    void aCertificateNoOneTrustsIsRefusedBeforeLoggingIn() {
        assertFails(tester.test(ann(untrusted, TransportSecurity.STARTTLS)), SmtpProblem.CERTIFICATE_NOT_TRUSTED,
                "is not trusted", "Taskmail did not log in");
    }

    @Test
    void startTlsChosenAgainstAServerWithoutStartTlsStopsBeforeTheLogin() {
        assertFails(tester.test(ann(withoutStartTls, TransportSecurity.STARTTLS)), SmtpProblem.STARTTLS_NOT_OFFERED,
                "does not offer STARTTLS", "stopped before sending the password");
        assertEquals(List.of("EHLO tests.taskmail.local"), withoutStartTls.commands().subList(0, 1));
        assertTrue(withoutStartTls.commands().stream().noneMatch(c -> c.startsWith("MAIL")));
    }

    @Test
    void implicitTlsChosenAgainstAPlainServerFailsTheHandshake() {
        assertFails(tester.test(ann(withoutStartTls, TransportSecurity.SSL_TLS)), SmtpProblem.TLS_FAILED,
                "could not be set up", "465 usually needs SSL/TLS");
    }

    @Test
    void unencryptedConnectionsAreRefusedForHostsNotListedByTheOperator() {
        int before = withoutStartTls.commands().size();
        assertFails(tester.test(ann(withoutStartTls, TransportSecurity.NONE)), SmtpProblem.PLAINTEXT_NOT_ALLOWED,
                "Choose SSL/TLS or STARTTLS");
        assertEquals(before, withoutStartTls.commands().size(), "not even connected");
    }

    @Test
    void unencryptedConnectionsWorkOnlyForAListedHost() {
        try (PlainSmtpServer relay = PlainSmtpServer.start("ann", ANN_PASSWORD)) {
            SmtpConnectionTester allowing = tester(TIMEOUT, List.of("localhost"));
            SmtpSettings listed = settings("localhost", relay.port(), TransportSecurity.NONE, "ann@example.com", "ann",
                    ANN_PASSWORD);

            assertTrue(allowing.test(listed).ok());
            assertTrue(relay.authAttemptedInClear(), "the recorder sees a clear-text login when one happens");
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        SmtpSettings unknown = settings("no-such-host.invalid", 465, TransportSecurity.SSL_TLS, "ann@example.com", "ann",
                ANN_PASSWORD);
        assertFails(tester.test(unknown), SmtpProblem.UNKNOWN_HOST, "no-such-host.invalid could not be found");
    }
}
