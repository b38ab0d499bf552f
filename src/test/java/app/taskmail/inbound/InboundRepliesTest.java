package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.DOMAIN;
import static app.taskmail.testing.InboundFixtures.address;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.sending.Notification;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.Session;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replies from contacts, delivered over SMTP to the listener, land as comments on the right task. */
@QuarkusTest
class InboundRepliesTest {

    @Inject
    InboundListener listener;

    Account account;
    Employee alice;
    Employee bob;
    Contact nina;
    Project project;
    Task task;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        project = Fixtures.project(account);
        task = Fixtures.task(project, alice, nina);
    }

    @Test
    void replyToASentMessageBecomesACommentByTheContactAndIsUnreadForTheEmployees() throws Exception {
        String sentId = InboundFixtures.sentMessage(task, bob, nina);
        MimeMessage reply = new MimeMessage(jakarta.mail.Session.getInstance(new Properties()));
        reply.setFrom(new InternetAddress(nina.email, "Nina Patel"));
        reply.setRecipient(Message.RecipientType.TO, new InternetAddress(address("inbox", account)));
        reply.setSubject("Re: [" + project.name + " #" + task.id + "] " + task.title);
        reply.setHeader("In-Reply-To", sentId);
        reply.setHeader("References", sentId);
        reply.setText("Here are the final texts.\n\nOn Mon, 3 Jun 2024 at 10:00, Bob wrote:\n> Could you send the texts?\n",
                "UTF-8");
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(listener.port()));
        Transport.send(new MimeMessage(jakarta.mail.Session.getInstance(smtp), toStream(reply)));

        List<Comment> comments = comments(task);
        assertEquals(1, comments.size());
        assertEquals("Here are the final texts.", comments.get(0).body);
        assertEquals(nina.id, comments.get(0).authorContact.id);

        for (Employee employee : List.of(alice, bob)) {
            Session session = Session.login(employee.login);
            session.get("/projects/" + project.id).then().statusCode(200).body(containsString("unread"));
            session.get("/tasks/" + task.id).then().statusCode(200)
                    .body(containsString("Here are the final texts."))
                    .body(containsString("by email"))
                    .body(not(containsString("Could you send the texts?")));
            session.get("/projects/" + project.id).then().body(not(containsString("unread")));
        }
    }

    @Test
    void mailToTheTaskReplyAddressBecomesAComment() {
        String replyAddress = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress(DOMAIN));
        byte[] mail = MailText.from("Nina <" + nina.email + ">", replyAddress, "Re: offer").text("Agreed, go ahead.").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, replyAddress, mail).code());
        assertEquals(List.of("Agreed, go ahead."), bodies(task));
        assertEquals(1L, unreadFor(alice, task));
    }

    @Test
    void forwardedMessageWrappingTheOriginalIsMatchedOnTheOriginal() {
        String sentId = InboundFixtures.sentMessage(task, bob, nina);
        byte[] original = MailText.from(nina.email, "support@acme.example", "Re: homepage")
                .header("In-Reply-To", sentId).text("The logo should be bigger.").bytes();
        byte[] forward = MailText.from("Support <support@acme.example>", address("inbox", account), "Fwd: Re: homepage")
                .text("See below.").wrap(original).bytes();

        assertEquals(250, SmtpClient.send(listener.port(), "support@acme.example", address("inbox", account), forward).code());
        List<Comment> comments = comments(task);
        assertEquals(1, comments.size());
        assertEquals("The logo should be bigger.", comments.get(0).body);
        assertEquals(nina.id, comments.get(0).authorContact.id);
    }

    @Test
    void replyAddressWinsOverAnotherTasksSubjectTag() {
        Task other = Fixtures.task(project, alice, nina);
        String replyAddress = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress(DOMAIN));
        byte[] mail = MailText.from(nina.email, replyAddress, "Re: [" + project.name + " #" + other.id + "] other")
                .text("This is about the first task.").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, replyAddress, mail).code());
        assertEquals(List.of("This is about the first task."), bodies(task));
        assertEquals(List.of(), bodies(other));
    }

    @Test
    void guessedReplyAddressWithAWrongTokenCreatesNothing() {
        String guessed = "task-" + task.id + "-aaaaaaaaaaaaaaaaaaaaaaaa@" + account.slug + "." + DOMAIN;
        byte[] mail = MailText.from(nina.email, guessed, "[" + project.name + " #" + task.id + "] hi").text("Let me in").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, guessed, mail).code());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Comment.count("account.id", account.id)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
    }

    @Test
    void replyAddressOfOneAccountDeliveredWithAnotherAccountsSlugCreatesNothing() {
        Account other = Fixtures.account(Plan.PAID);
        Fixtures.employee(other, Role.ADMIN);
        String token = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyToken);
        String crossed = "task-" + task.id + "-" + token + "@" + other.slug + "." + DOMAIN;
        byte[] mail = MailText.from(nina.email, crossed, "Re: offer").text("Crossing accounts").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), nina.email, crossed, mail).code());
        assertEquals(List.of(), bodies(task));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Comment.count("account.id", other.id)));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", other.id)));
    }

    @Test
    void unknownSenderReplyingToASentMessageBecomesAContactAndParticipant() {
        String sentId = InboundFixtures.sentMessage(task, bob, nina);
        String colleague = Fixtures.unique("omar") + "@client.example";
        byte[] mail = MailText.from("Omar Haddad <" + colleague + ">", "bob@acme.example", "Re: texts")
                .header("References", "<unrelated@elsewhere.example> " + sentId).text("Nina asked me to answer.").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), colleague, address(bob.login, account), mail).code());
        assertEquals(List.of("Nina asked me to answer."), bodies(task));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).contacts.stream()
                .anyMatch(c -> c.email.equals(colleague) && c.name.equals("Omar Haddad"))));
    }

    private static ByteArrayInputStream toStream(MimeMessage message) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.saveChanges();
        message.writeTo(out);
        return new ByteArrayInputStream(out.toByteArray());
    }

    static List<Comment> comments(Task task) {
        return QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>find(
                "from Comment c left join fetch c.authorContact where c.task.id = ?1 order by c.createdAt, c.id", task.id).list());
    }

    static List<String> bodies(Task task) {
        return comments(task).stream().map(c -> c.body).toList();
    }

    static long unreadFor(Employee employee, Task task) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "employee.id = ?1 and task.id = ?2 and readAt is null", employee.id, task.id));
    }
}
