package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.SmtpClient;
import app.taskmail.testing.SmtpClient.Reply;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear SMTP reply, nothing is half-saved, and the listener keeps serving. */
@QuarkusTest
class InboundBadInputTest {

    @Inject
    InboundListener listener;

    Account account;
    Contact nina;
    Task task;
    String sentId;
    String inbox;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        Employee alice = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        task = Fixtures.task(Fixtures.project(account), alice, nina);
        sentId = InboundFixtures.sentMessage(task, alice, nina);
        inbox = address("inbox", account);
    }

    @Test
    void messageOf30MegabytesIsRefusedWith552AndTheNextMessageIsAccepted() {
        byte[] line = "0123456789012345678901234567890123456789012345678901234567890123456789012345678\r\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] head = reply().text("big").bytes();
        byte[] huge = Arrays.copyOf(head, 30 * 1024 * 1024);
        for (int i = head.length; i < huge.length; i++) {
            huge[i] = line[(i - head.length) % line.length];
        }

        Reply refused = SmtpClient.send(listener.port(), nina.email, inbox, huge);
        assertEquals(552, refused.code());
        assertEquals(0L, comments());

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, inbox, reply().text("Small one").bytes()).code());
        assertEquals(List.of("Small one"), InboundRepliesTest.bodies(task));
    }

    @Test
    void declaredSizeAboveTheLimitIsRefusedAtMail() {
        try (SmtpClient client = SmtpClient.connect(listener.port())) {
            assertEquals(552, client.command("MAIL FROM:<" + nina.email + "> SIZE=" + 30 * 1024 * 1024).code());
        }
    }

    @Test
    void recipientsOutsideTheInternalDomainOrOfUnknownAccountsAreRefusedAtRcpt() {
        try (SmtpClient client = SmtpClient.connect(listener.port())) {
            assertEquals(250, client.command("MAIL FROM:<" + nina.email + ">").code());
            assertEquals(550, client.command("RCPT TO:<someone@gmail.example>").code());
            assertEquals(550, client.command("RCPT TO:<inbox@no-such-account.taskmail.local>").code());
            assertEquals(550, client.command("RCPT TO:<inbox@" + account.slug + ".taskmail.local.evil.example>").code());
            assertEquals(250, client.command("RCPT TO:<" + inbox + ">").code());
        }
    }

    @Test
    void emptyMessageIsRefusedWith554() {
        Reply reply = SmtpClient.send(listener.port(), nina.email, inbox, new byte[0]);
        assertEquals(554, reply.code());
        assertTrue(reply.text().contains("empty"), reply.text());
    }

    @Test
    void malformedMimeIsStoredAsTextAndNeverHalf() {
        String mail = "From: " + nina.email + "\r\nTo: " + inbox + "\r\nSubject: Re: broken\r\n"
                + "In-Reply-To: " + sentId + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
                + "The boundary never comes, but these words must not be lost.\r\n";

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, inbox, mail.getBytes(StandardCharsets.UTF_8)).code());
        List<String> bodies = InboundRepliesTest.bodies(task);
        assertEquals(1, bodies.size());
        assertTrue(bodies.get(0).contains("these words must not be lost"), bodies.get(0));
    }

    @Test
    void unknownCharsetAndTransferEncodingAreReadAsText() {
        String mail = "From: " + nina.email + "\r\nSubject: =?x-klingon?Q?Re=3A_odd?=\r\nIn-Reply-To: " + sentId + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-klingon\r\n"
                + "Content-Transfer-Encoding: x-unknown\r\n\r\nPlain words in an unknown charset.\r\n";

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, inbox, mail.getBytes(StandardCharsets.UTF_8)).code());
        assertEquals(List.of("Plain words in an unknown charset."), InboundRepliesTest.bodies(task));
    }

    @Test
    void bytesWithoutAnyHeaderAreRefusedAndTheListenerGoesOn() {
        Reply reply = SmtpClient.send(listener.port(), nina.email, inbox, "\u0000\u0001 no headers at all".getBytes());
        assertEquals(554, reply.code());
        assertTrue(reply.text().contains("not an email message"), reply.text());
        assertEquals(0L, comments());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, inbox, reply().text("Still here").bytes()).code());
        assertEquals(List.of("Still here"), InboundRepliesTest.bodies(task));
    }

    private MailText reply() {
        return MailText.from(nina.email, "support@acme.example", "Re: texts").header("In-Reply-To", sentId);
    }

    private long comments() {
        return QuarkusTransaction.requiringNew().call(() -> Comment.count("task.id", task.id));
    }
}
