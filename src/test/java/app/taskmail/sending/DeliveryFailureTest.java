package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.mailbox.SecretBox.SecretUnreadableException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.ext.mail.SMTPException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import java.util.List;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    @Test
    void refusedConnectionIsTemporary() {
        DeliveryFailure f = DeliveryFailure.classify(new ConnectException("Connection refused: /127.0.0.1:2525"));
        assertEquals(FailureKind.TEMPORARY, f.kind());
        assertEquals("The mail server refused the connection.", f.summary());
    }

    @Test
    void timeoutsAreTemporary() {
        assertEquals(FailureKind.TEMPORARY, DeliveryFailure.classify(new io.smallrye.mutiny.TimeoutException()).kind());
        DeliveryFailure connect = DeliveryFailure.classify(
                new io.netty.channel.ConnectTimeoutException("connection timed out after 15000 ms: /10.1.1.1:587"));
        assertEquals("The mail server did not answer in time.", connect.summary());
    }

    @Test
    void unknownHostDroppedConnectionAndGarbledRepliesAreTemporary() {
        assertEquals(FailureKind.TEMPORARY, DeliveryFailure.classify(new UnknownHostException("smtp.nowhere")).kind());
        DeliveryFailure dropped = DeliveryFailure.classify(new NoStackTraceThrowable("Connection was closed."));
        assertEquals("The connection to the mail server was dropped.", dropped.summary());
        DeliveryFailure garbled = DeliveryFailure.classify(new NoStackTraceThrowable("format error in multiline response"));
        assertEquals(FailureKind.TEMPORARY, garbled.kind());
        assertEquals(FailureKind.TEMPORARY, DeliveryFailure.classify(new SSLException("Received close_notify during handshake")).kind());
    }

    @Test
    void replyIn4xxIsTemporaryAndQuotesTheServer() {
        DeliveryFailure f = DeliveryFailure.classify(smtp(451, "451 4.3.0 Temporary lookup failure"));
        assertEquals(FailureKind.TEMPORARY, f.kind());
        assertEquals("The mail server asked to try again later: 451 4.3.0 Temporary lookup failure", f.summary());
    }

    @Test
    void replyIn5xxForTheRecipientIsPermanent() {
        DeliveryFailure f = DeliveryFailure.classify(smtp(550, "550 5.1.1 <nobody@client.example>: Recipient address rejected: User unknown"));
        assertEquals(FailureKind.PERMANENT, f.kind());
        assertTrue(f.summary().contains("550 5.1.1 <nobody@client.example>: Recipient address rejected: User unknown"));
        assertEquals(FailureKind.PERMANENT, DeliveryFailure.classify(smtp(554, "554 5.7.1 Relay access denied")).kind());
    }

    @Test
    void rejectedLoginIsTheMailboxsProblem() {
        DeliveryFailure f = DeliveryFailure.classify(smtp(535, "535 5.7.8 Error: authentication failed"));
        assertEquals(FailureKind.MAILBOX_PROBLEM, f.kind());
        assertEquals("The mail server refused the mailbox's login: 535 5.7.8 Error: authentication failed", f.summary());
        assertEquals(FailureKind.MAILBOX_PROBLEM,
                DeliveryFailure.classify(smtp(530, "530 5.7.0 Must issue a STARTTLS command first")).kind());
    }

    @Test
    void senderRefusedAtRcptIsTheMailboxsProblemWithTheServersWords() {
        DeliveryFailure f = DeliveryFailure.classify(
                smtp(553, "553 5.7.1 <bob@acme.example>: Sender address rejected: not owned by user bob"));
        assertEquals(FailureKind.MAILBOX_PROBLEM, f.kind());
        assertTrue(f.summary().endsWith("553 5.7.1 <bob@acme.example>: Sender address rejected: not owned by user bob"));
    }

    @Test
    void senderRefusedBuriedInJakartaMailsNestedExceptionIsFound() throws Exception {
        SMTPAddressFailedException inner = new SMTPAddressFailedException(new InternetAddress("nina@client.example"),
                "RCPT TO:<nina@client.example>", 553,
                "553 5.7.1 <bob@acme.example>: Sender address rejected: not owned by user bob\n");
        SendFailedException outer = new SendFailedException("Invalid Addresses", inner);
        DeliveryFailure f = DeliveryFailure.classify(new RuntimeException("sending failed", outer));
        assertEquals(FailureKind.MAILBOX_PROBLEM, f.kind());
        assertTrue(f.summary().contains("Sender address rejected: not owned by user bob"), f.summary());
    }

    @Test
    void microsoftSendAsRefusalIsTheMailboxsProblem() {
        DeliveryFailure f = DeliveryFailure.classify(smtp(550,
                "550 5.7.60 SMTP; Client does not have permissions to send as this sender"));
        assertEquals(FailureKind.MAILBOX_PROBLEM, f.kind());
    }

    @Test
    void untrustedOrMismatchedCertificateIsTheMailboxsProblem() {
        SSLHandshakeException pkix = new SSLHandshakeException("PKIX path building failed: unable to find valid certification path");
        assertEquals(FailureKind.MAILBOX_PROBLEM, DeliveryFailure.classify(pkix).kind());
        SSLHandshakeException name = new SSLHandshakeException("No subject alternative names matching IP address 10.0.0.5 found");
        name.initCause(new CertificateException("No subject alternative names matching IP address 10.0.0.5 found"));
        DeliveryFailure f = DeliveryFailure.classify(new RuntimeException(name));
        assertEquals(FailureKind.MAILBOX_PROBLEM, f.kind());
        assertTrue(f.summary().startsWith("The mail server's certificate is not trusted"));
    }

    @Test
    void settingsTheServerCannotHonourAreTheMailboxsProblem() {
        assertEquals(FailureKind.MAILBOX_PROBLEM, DeliveryFailure.classify(
                new NoStackTraceThrowable("STARTTLS required but not supported by server")).kind());
        assertEquals(FailureKind.MAILBOX_PROBLEM, DeliveryFailure.classify(new NoStackTraceThrowable(
                "login is required, but no allowed AUTH methods available. You may need to do STARTTLS")).kind());
        assertEquals(FailureKind.MAILBOX_PROBLEM, DeliveryFailure.classify(
                new SecretUnreadableException("the stored password cannot be decrypted for this mailbox")).kind());
    }

    @Test
    void addressThatCannotBeWrittenIntoAHeaderIsPermanent() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> HeaderText.address("nina@client.example\r\nBcc: x@evil.example"));
        assertEquals(FailureKind.PERMANENT, DeliveryFailure.classify(e).kind());
    }

    @Test
    void summaryIsOneSafeLineWithoutJavaInternals() {
        String longReply = "550 5.7.1 " + "x".repeat(2000) + "\r\nBcc: evil@example.com";
        DeliveryFailure f = DeliveryFailure.classify(smtp(550, longReply));
        assertFalse(f.summary().contains("\n") || f.summary().contains("\r"));
        assertTrue(f.summary().length() < 400);
        for (Throwable t : List.of(new ConnectException("Connection refused"), new IllegalStateException("boom"),
                new SSLException("x"))) {
            String summary = DeliveryFailure.classify(t).summary();
            assertFalse(summary.contains("Exception") || summary.contains("boom") || summary.contains("java."), summary);
        }
    }

    static SMTPException smtp(int code, String line) {
        return new SMTPException("sending failed", code, List.of(line), true);
    }
}
