package app.taskmail.sending;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.SubmissionServer;
import app.taskmail.testing.TestCertificates;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A comment's notifications reach the contact, end to end, through real SMTP servers: a provider's
 * submission port (STARTTLS and login required) for a personal mailbox, an SMTPS server for a company
 * mailbox, and the system relay for a free account.
 */
@QuarkusTest
class CommentNotificationsTest {

    Account account;
    Employee author;
    Employee colleague;
    Contact nina;
    Project project;
    Task task;
    Session session;
    SubmissionServer provider;
    GreenMail smtps;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        colleague = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        project = Fixtures.project(account);
        task = Fixtures.task(project, author, nina);
        QuarkusTransaction.requiringNew().run(() -> Task.<Task>findById(task.id).employees.add(Employee.findById(colleague.id)));
        session = Session.login(author.login);
        provider = new SubmissionServer(Map.of("bob-login", "bob-pass"), Map.of());
        TestCertificates.useForGreenMail();
        smtps = new GreenMail(new ServerSetup(MailRelay.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.start();
        smtps.setUser("info@acme.example", "info-login", "info-pass");
    }

    @AfterEach
    void tearDown() {
        provider.close();
        smtps.stop();
    }

    @Test
    void commentFromPersonalMailboxReachesTheContactWithThatSenderLoginAndMessageId() {
        Mailbox personal = SendingFixtures.mailbox(account, author, "bob@own.example", "localhost", provider.port(),
                TransportSecurity.STARTTLS, "bob-login", "bob-pass");
        session.get("/tasks/" + task.id).then().statusCode(200)
                .body(containsString("Default: bob@own.example — " + SenderResolver.PERSONAL_REASON))
                .body(containsString("<option value=\"" + personal.id + "\" selected>"))
                .body(containsString("action=\"/tasks/" + task.id + "/comments\""));

        post(String.valueOf(personal.id)).then().statusCode(303);

        OutgoingMessage row = awaitSent();
        assertEquals(1, provider.withMessageId(row.messageId).size());
        SubmissionServer.Received got = provider.withMessageId(row.messageId).get(0);
        assertEquals("bob-login", got.login());
        assertEquals("bob@own.example", got.envelopeSender());
        assertEquals(List.of(nina.email), got.recipients());
        assertTrue(got.header("From").contains("<bob@own.example>"), got.header("From"));
        assertEquals(replyAddress(), got.header("Reply-To"));
        assertEquals("[" + project.name + " #" + task.id + "] " + task.title, got.header("Subject"));
        assertTrue(row.messageId.matches("<[a-z2-7]{26}@" + account.slug + "\\.taskmail\\.local>"), row.messageId);
        session.get("/tasks/" + task.id).then().body(containsString("data-state=\"SENT\""))
                .body(containsString("bob@own.example"));
    }

    @Test
    void commentFromCompanyMailboxGoesOverImplicitTlsWithThatEnvelopeSender() throws Exception {
        Mailbox company = SendingFixtures.mailbox(account, null, "info@acme.example", "127.0.0.1", smtps.getSmtps().getPort(),
                TransportSecurity.SSL_TLS, "info-login", "info-pass");
        session.get("/tasks/" + task.id).then().body(containsString("Default: info@acme.example — company mailbox for all projects"));

        post("").then().statusCode(303);

        OutgoingMessage row = awaitSent();
        assertEquals(company.id, row.mailbox.id);
        MimeMessage got = only(smtps.getReceivedMessages(), row.messageId);
        assertEquals("<info@acme.example>", Mails.header(got, "Return-Path"));
        assertTrue(Mails.header(got, "From").contains("<info@acme.example>"));
        assertEquals(replyAddress(), Mails.header(got, "Reply-To"));
        assertTrue(got.getContentType().startsWith("multipart/alternative"), got.getContentType());
    }

    @Test
    void freeAccountSendsFromTheInternalAddressThroughTheRelayAndNeverFromTheMailbox() {
        SendingFixtures.setPlan(account, Plan.FREE, null);
        Mailbox stored = SendingFixtures.mailbox(account, author, "bob@own.example", "localhost", provider.port(),
                TransportSecurity.STARTTLS, "bob-login", "bob-pass");
        String internal = author.login + "@" + account.slug + ".taskmail.local";
        session.get("/tasks/" + task.id).then()
                .body(containsString("the account is on the free plan: mail goes from your internal address"))
                .body(not(containsString("<option value=\"" + stored.id + "\"")));

        post("internal").then().statusCode(303);

        OutgoingMessage row = awaitSent();
        assertEquals(SenderKind.INTERNAL, row.senderKind);
        MimeMessage got = only(MailRelay.received().toArray(MimeMessage[]::new), row.messageId);
        assertTrue(Mails.header(got, "From").contains("<" + internal + ">"), Mails.header(got, "From"));
        assertEquals("<" + internal + ">", Mails.header(got, "Return-Path"));
        assertEquals(replyAddress(), Mails.header(got, "Reply-To"));
        assertTrue(provider.received().isEmpty());
    }

    @Test
    void notifiedColleagueGetsAnInAppNotificationAndTheAuthorNone() {
        post("internal").then().statusCode(303);
        long forColleague = QuarkusTransaction.requiringNew().call(
                () -> Notification.count("employee.id = ?1 and task.id = ?2", colleague.id, task.id));
        long forAuthor = QuarkusTransaction.requiringNew().call(
                () -> Notification.count("employee.id = ?1 and task.id = ?2", author.id, task.id));
        assertEquals(1, forColleague);
        assertEquals(0, forAuthor);
        Session.login(colleague.login).get("/tasks/" + task.id).then().body(containsString("badge info\">new"));
    }

    @Test
    void untickedContactGetsNoMail() {
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "Internal note only", "sendFrom", "internal"))
                .then().statusCode(303);
        assertEquals(0, SendingFixtures.messages(task).size());
    }

    @Test
    void secondMessageToTheSameContactThreadsOnTheFirst() {
        post("internal").then().statusCode(303);
        post("internal").then().statusCode(303);
        List<OutgoingMessage> rows = SendingFixtures.messages(task);
        assertEquals(2, rows.size());
        assertEquals(rows.get(0).messageId, rows.get(1).inReplyTo);
        assertEquals(rows.get(0).messageId, rows.get(1).referencesHeader);
    }

    private io.restassured.response.Response post(String sendFrom) {
        return session.post("/tasks/" + task.id + "/comments", Map.of("body", "Here are the final texts.\nThanks!",
                "notifyContact", nina.id, "notifyEmployee", colleague.id, "sendFrom", sendFrom));
    }

    private OutgoingMessage awaitSent() {
        Eventually.until("the notification to be sent", () -> SendingFixtures.messages(task).stream()
                .anyMatch(m -> m.status == DeliveryStatus.SENT));
        List<OutgoingMessage> rows = SendingFixtures.messages(task);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private String replyAddress() {
        return QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress("taskmail.local"));
    }

    private static MimeMessage only(MimeMessage[] messages, String messageId) {
        List<MimeMessage> matching = java.util.Arrays.stream(messages)
                .filter(m -> messageId.equals(Mails.header(m, "Message-ID"))).toList();
        assertEquals(1, matching.size(), "messages with " + messageId);
        return matching.get(0);
    }
}
