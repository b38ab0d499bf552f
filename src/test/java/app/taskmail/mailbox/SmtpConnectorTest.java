package app.taskmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.testing.SmtpsGreenMail;
import app.taskmail.testing.StartTlsSmtpServer;
import app.taskmail.testing.TestCertificates;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A session opened by {@link SmtpConnector} delivers a message to a real server, over STARTTLS and SMTPS. */
class SmtpConnectorTest {

    static final String MESSAGE = "From: Ann <ann@example.com>\r\nTo: client@example.org\r\nSubject: Hello\r\n\r\n"
            + "First line\n.a line that starts with a dot\r\nLast line";

    final SmtpConnector connector = new SmtpConnector(new HostGuard(true, Optional.of(List.of())),
            MailTrust.of(TestCertificates.trustStore(), TestCertificates.PASSWORD), Duration.ofSeconds(5), "tests.local");

    @Test
    void sessionDeliversAMessageOverStartTlsWithTheEnvelopeOfTheMailbox() throws Exception {
        try (StartTlsSmtpServer server = StartTlsSmtpServer.builder().user("ann", "pw-ann-1", "ann@example.com")
                .rejectForeignSenders().start()) {
            try (SmtpSession session = connector.open(new SmtpSettings("ann@example.com", "localhost", server.port(),
                    TransportSecurity.STARTTLS, "ann", "pw-ann-1"))) {
                assertTrue(session.encrypted());
                session.mailFrom("ann@example.com");
                session.rcptTo("client@example.org");
                assertEquals(250, session.data(MESSAGE.getBytes(StandardCharsets.UTF_8)).code());
                session.quit();
            }
            StartTlsSmtpServer.Received received = server.messages().get(0);
            assertEquals("ann", received.login());
            assertEquals("ann@example.com", received.from());
            assertEquals(List.of("client@example.org"), received.recipients());
            String content = new String(received.data(), StandardCharsets.UTF_8);
            assertTrue(content.contains("\r\n.a line that starts with a dot\r\nLast line"), content);
            assertFalse(server.authAttemptedInClear());
        }
    }

    @Test
    void sessionDeliversAMessageOverImplicitTls() throws Exception {
        try (SmtpsGreenMail server = SmtpsGreenMail.start("ben", "pw-ben-1", "ben@example.com")) {
            try (SmtpSession session = connector.open(new SmtpSettings("ben@example.com", "127.0.0.1", server.port(),
                    TransportSecurity.SSL_TLS, "ben", "pw-ben-1"))) {
                session.mailFrom("ben@example.com");
                session.rcptTo("ben@example.com");
                session.data(MESSAGE.replace("ann", "ben").getBytes(StandardCharsets.UTF_8));
                session.quit();
            }
            assertTrue(server.waitForMessages(1, 5_000));
            MimeMessage received = server.receivedMessages().get(0);
            assertEquals("Hello", received.getSubject());
        }
    }

    @Test
    void aRefusedLoginClosesTheConnectionAndNamesTheProblem() {
        try (StartTlsSmtpServer server = StartTlsSmtpServer.builder().user("ann", "pw-ann-1").start()) {
            SmtpFailure failure = assertThrows(SmtpFailure.class, () -> connector.open(new SmtpSettings("ann@example.com",
                    "127.0.0.1", server.port(), TransportSecurity.STARTTLS, "ann", "wrong")));
            assertEquals(SmtpProblem.AUTH_REJECTED, failure.problem());
            assertEquals(535, failure.reply().code());
            assertFalse(failure.isTemporary());
            assertFalse(failure.getMessage().contains("wrong"));
        }
    }
}
