package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.DOMAIN;
import static app.taskmail.testing.InboundFixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.sending.Notification;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-replies, list mail and Taskmail's own messages create nothing; one message makes one comment. */
@QuarkusTest
class InboundLoopsTest {

    @Inject
    InboundListener listener;

    Account account;
    Employee alice;
    Contact nina;
    Task task;
    String sentId;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        task = Fixtures.task(Fixtures.project(account), alice, nina);
        sentId = InboundFixtures.sentMessage(task, alice, nina);
    }

    @Test
    void autoReplyCreatesNothing() {
        deliver(reply().header("Auto-Submitted", "auto-replied").text("I am out of office until Monday."));
        deliver(reply().header("X-Autoreply", "yes").text("Thanks, we got your mail."));
        assertNothingCreated();
    }

    @Test
    void autoSubmittedNoIsAnOrdinaryReply() {
        deliver(reply().header("Auto-Submitted", "no").text("Written by a person."));
        assertEquals(1L, commentsOnTask());
    }

    @Test
    void listAndBulkMessagesCreateNothing() {
        deliver(reply().header("List-Id", "Clients <clients.lists.example>").text("Digest"));
        deliver(reply().header("Precedence", "bulk").text("Newsletter"));
        deliver(reply().header("Precedence", "junk").text("Junk"));
        assertNothingCreated();
    }

    @Test
    void taskmailsOwnMessageComingBackCreatesNothing() {
        deliver(reply().header("Message-ID", sentId).text("Could you send the texts?"));
        deliver(reply().header("Message-ID", "<other-" + System.nanoTime() + "@" + account.slug + "." + DOMAIN + ">"));
        deliver(reply().header("From", alice.login + "@" + account.slug + "." + DOMAIN).text("From our own address"));
        assertNothingCreated();
    }

    @Test
    void theSameMessageTwiceMakesOneComment() {
        byte[] mail = reply().text("Only once, please.").bytes();
        deliver(mail);
        deliver(mail);
        assertEquals(1L, commentsOnTask());
        assertEquals(1L, InboundRepliesTest.unreadFor(alice, task));
    }

    @Test
    void theSameMessageWithoutMessageIdTwiceMakesOneComment() {
        byte[] mail = reply().header("Message-ID", null).text("No id on this one.").bytes();
        deliver(mail);
        deliver(mail);
        assertEquals(1L, commentsOnTask());
    }

    private MailText reply() {
        return MailText.from(nina.email, "support@acme.example", "Re: texts").header("In-Reply-To", sentId);
    }

    private void deliver(MailText mail) {
        deliver(mail.bytes());
    }

    private void deliver(byte[] mail) {
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, address("inbox", account), mail).code());
    }

    private long commentsOnTask() {
        return QuarkusTransaction.requiringNew().call(() -> Comment.count("task.id", task.id));
    }

    private void assertNothingCreated() {
        assertEquals(0L, commentsOnTask());
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Notification.count("task.id", task.id)));
    }
}
