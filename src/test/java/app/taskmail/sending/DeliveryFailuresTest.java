package app.taskmail.sending;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.Mails;
import app.taskmail.testing.ScriptedSmtpPeer;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.SubmissionServer;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens when delivery goes wrong, against real (and scripted) SMTP servers; waits are shortened in tests. */
@QuarkusTest
class DeliveryFailuresTest {

    Account account;
    Employee author;
    Contact nina;
    Task task;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        Project project = Fixtures.project(account);
        task = Fixtures.task(project, author, nina);
        session = Session.login(author.login);
    }

    @Test
    void serverDownThenUpIsRetriedAndDeliveredExactlyOnce() {
        int port = MailRelay.freePort();
        Mailbox box = plainMailbox(port);
        comment(box.id);
        OutgoingMessage retrying = await(m -> m.status == DeliveryStatus.RETRYING);
        assertEquals(FailureKind.TEMPORARY, retrying.failureKind);
        session.get("/tasks/" + task.id).then().body(containsString("data-state=\"RETRYING\""))
                .body(containsString("next attempt")).body(containsString("The mail server refused the connection."));

        try (ScriptedSmtpPeer server = new ScriptedSmtpPeer(port, Map.of())) {
            OutgoingMessage sent = await(m -> m.status == DeliveryStatus.SENT);
            long copies = server.accepted().stream().filter(raw -> raw.contains("Message-ID: " + sent.messageId)).count();
            assertEquals(1, copies);
            assertTrue(sent.attempts >= 2);
        }
    }

    @Test
    void permanentRefusalFailsAfterOneAttemptAndCanBeResentFromAnotherAddress() {
        String refusal = "550 5.1.1 <" + nina.email + ">: Recipient address rejected: User unknown in local table";
        try (ScriptedSmtpPeer server = new ScriptedSmtpPeer(MailRelay.freePort(), Map.of("RCPT", refusal))) {
            Mailbox box = plainMailbox(server.port());
            comment(box.id);
            OutgoingMessage failed = await(m -> m.status == DeliveryStatus.FAILED);
            assertEquals(1, failed.attempts);
            assertEquals(FailureKind.PERMANENT, failed.failureKind);
            session.get("/tasks/" + task.id).then().body(containsString("data-state=\"FAILED\""))
                    .body(containsString("The recipient&#39;s mail server refused the message: " + refusal.replace("<", "&lt;").replace(">", "&gt;")))
                    .body(containsString("action=\"/tasks/" + task.id + "/messages/" + failed.id + "/resend\""));

            session.post("/tasks/" + task.id + "/messages/" + failed.id + "/resend", Map.of("sendFrom", "internal"))
                    .then().statusCode(303);
            OutgoingMessage resent = await(m -> m.status == DeliveryStatus.SENT);
            assertEquals(SenderKind.INTERNAL, resent.senderKind);
            assertEquals(failed.messageId, resent.messageId);
            assertEquals(1, MailRelay.withMessageId(failed.messageId).size());
        }
    }

    @Test
    void rejectedPasswordMarksTheMailboxAndTheMessageWaitsUntilThePasswordIsFixed() throws Exception {
        try (SubmissionServer provider = new SubmissionServer(Map.of("bob-login", "right-pass"), Map.of())) {
            Mailbox box = SendingFixtures.mailbox(account, author, "bob@own.example", "localhost", provider.port(),
                    TransportSecurity.STARTTLS, "bob-login", "wrong-pass");
            comment(box.id);
            OutgoingMessage waiting = await(OutgoingMessage::waitsForMailbox);
            Mailbox marked = SendingFixtures.reload(box);
            assertTrue(marked.needsAttention());
            assertTrue(marked.attentionReason.startsWith("The mail server refused the mailbox's login: 535"), marked.attentionReason);
            Thread.sleep(2500); // several poll rounds: a waiting message is not tried again
            assertEquals(waiting.attempts, message(waiting).attempts);
            assertEquals(DeliveryStatus.RETRYING, message(waiting).status);
            session.get("/tasks/" + task.id).then().body(containsString("waiting: mailbox needs attention"))
                    .body(containsString("535"));

            SendingFixtures.fixPassword(box, "right-pass");
            OutgoingMessage sent = await(m -> m.status == DeliveryStatus.SENT);
            assertEquals(1, provider.withMessageId(sent.messageId).size());
            assertNull(SendingFixtures.reload(box).attentionReason);
        }
    }

    @Test
    void senderRefusedAtRcptMarksTheMailboxWithTheServersWordsAndNothingGoesFromAnotherAddress() {
        try (SubmissionServer provider = new SubmissionServer(Map.of("bob-login", "pass"),
                Map.of("bob-login", "bob@own.example"))) {
            Mailbox foreign = SendingFixtures.mailbox(account, author, "ceo@own.example", "localhost", provider.port(),
                    TransportSecurity.STARTTLS, "bob-login", "pass");
            comment(foreign.id);
            OutgoingMessage waiting = await(OutgoingMessage::waitsForMailbox);
            String words = "553 5.7.1 &lt;ceo@own.example&gt;: Sender address rejected: not owned by user bob-login";
            session.get("/tasks/" + task.id).then().body(containsString("waiting: mailbox needs attention"))
                    .body(containsString(words));
            assertTrue(SendingFixtures.reload(foreign).attentionReason.contains("Sender address rejected: not owned by user bob-login"));
            assertTrue(provider.received().isEmpty());
            assertTrue(MailRelay.withMessageId(waiting.messageId).isEmpty());
            assertEquals("ceo@own.example", message(waiting).fromEmail);
        }
    }

    @Test
    void planLostBetweenQueueingAndDispatchSendsFromTheInternalAddressAndSaysWhy() {
        Mailbox box = plainMailbox(MailRelay.freePort()); // nobody listens: the first attempt fails
        comment(box.id);
        OutgoingMessage retrying = await(m -> m.status == DeliveryStatus.RETRYING);
        assertEquals(SenderKind.COMPANY, retrying.senderKind);

        Instant trialEnd = Instant.now().minus(1, ChronoUnit.DAYS);
        SendingFixtures.setPlan(account, Plan.FREE, trialEnd);
        OutgoingMessage sent = await(m -> m.status == DeliveryStatus.SENT);
        String internal = author.login + "@" + account.slug + ".taskmail.local";
        assertEquals(SenderKind.INTERNAL, sent.senderKind);
        assertEquals(internal, sent.fromEmail);
        assertNotNull(sent.fallbackReason);
        assertTrue(sent.fallbackReason.contains("instead of " + box.email + ": the trial ended on"), sent.fallbackReason);
        assertTrue(Mails.header(MailRelay.withMessageId(sent.messageId).get(0), "From").contains("<" + internal + ">"));
        session.get("/tasks/" + task.id).then().body(containsString("Sent from the internal address " + internal));
    }

    @Test
    void mailboxSwitchedOffAfterQueueingFailsWithAReasonAndNothingGoesFromElsewhere() {
        Mailbox off = SendingFixtures.mailbox(account, null, Fixtures.unique("old") + "@acme.example", "127.0.0.1",
                MailRelay.freePort(), TransportSecurity.NONE, "u", "p", m -> m.enabled = false);
        OutgoingMessage queued = SendingFixtures.outgoing(task, author, off, nina.email, DeliveryStatus.QUEUED,
                Instant.now(), m -> { });
        Eventually.until("the message to fail", () -> message(queued).status == DeliveryStatus.FAILED);
        assertTrue(message(queued).lastError.contains("was switched off after this message was queued"));
        assertTrue(MailRelay.withMessageId(queued.messageId).isEmpty());
    }

    private Mailbox plainMailbox(int port) {
        return SendingFixtures.mailbox(account, null, Fixtures.unique("team") + "@acme.example", "localhost", port,
                TransportSecurity.NONE, "team-login", "team-pass");
    }

    private void comment(Object sendFrom) {
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "Status update", "notifyContact", nina.id,
                "sendFrom", sendFrom)).then().statusCode(303);
    }

    private OutgoingMessage await(Predicate<OutgoingMessage> state) {
        Eventually.until("the message of task " + task.id + " to reach the expected state",
                () -> SendingFixtures.messages(task).stream().anyMatch(state));
        return SendingFixtures.messages(task).stream().filter(state).findFirst().orElseThrow();
    }

    private static OutgoingMessage message(OutgoingMessage m) {
        return SendingFixtures.message(m.id);
    }
}
