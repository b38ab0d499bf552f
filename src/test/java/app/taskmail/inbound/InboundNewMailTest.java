package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.address;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.Session;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mail that answers no task opens a new one in the account's "Inbox" project. */
@QuarkusTest
class InboundNewMailTest {

    @Inject
    InboundListener listener;

    Account account;
    Employee admin;
    Employee bob;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.FREE);
        admin = Fixtures.employee(account, Role.ADMIN);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
    }

    @Test
    void mailToTheInboxFromAnUnknownSenderOpensATaskWithANewContact() {
        String sender = Fixtures.unique("mia") + "@newclient.example";
        byte[] mail = MailText.from("Mia Rossi <" + sender + ">", address("inbox", account), "Quote for a new website")
                .text("Hello, could you send us a quote?").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), sender, address("inbox", account), mail).code());

        Task task = onlyTaskOf(account);
        assertEquals("Quote for a new website", task.title);
        assertEquals("Inbox", task.project.name);
        Contact contact = QuarkusTransaction.requiringNew().call(() -> Contact.findByEmail(account, sender).orElseThrow());
        assertEquals("Mia Rossi", contact.name);
        assertEquals(List.of(contact.id), QuarkusTransaction.requiringNew().call(
                () -> Task.<Task>findById(task.id).contacts.stream().map(c -> c.id).toList()));
        Session session = Session.login(admin.login);
        session.get("/projects/" + task.project.id).then().body(containsString("Quote for a new website"))
                .body(containsString("unread"));
        session.get("/tasks/" + task.id).then().body(containsString("Hello, could you send us a quote?"))
                .body(containsString("Mia Rossi"));
    }

    @Test
    void mailToAnEmployeeAddressOpensATaskWithThatEmployeeNotified() {
        String sender = Fixtures.unique("leo") + "@partner.example";
        byte[] mail = MailText.from(sender, "bob@partner-facing.example", "Contract draft")
                .text("Bob, the draft is attached in spirit.").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), sender, address(bob.login, account), mail).code());

        Task task = onlyTaskOf(account);
        assertEquals(List.of(bob.id), QuarkusTransaction.requiringNew().call(
                () -> Task.<Task>findById(task.id).employees.stream().map(e -> e.id).toList()));
        assertEquals(1L, InboundRepliesTest.unreadFor(bob, task));
        assertEquals(0L, InboundRepliesTest.unreadFor(admin, task));
        Session.login(bob.login).get("/projects/" + task.project.id).then().body(containsString("unread"));
    }

    @Test
    void secondMailUsesTheSameInboxProject() {
        for (String subject : List.of("First question", "Second question")) {
            byte[] mail = MailText.from("someone@client.example", address("inbox", account), subject).bytes();
            assertEquals(250, SmtpClient.send(listener.port(), "someone@client.example", address("inbox", account), mail).code());
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Project.count("account.id", account.id)));
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
    }

    @Test
    void mailToAnAddressThatIsNeitherAnEmployeeNorTheInboxCreatesNothing() {
        byte[] mail = MailText.from("someone@client.example", address("nobody-here", account), "Hello").bytes();

        assertEquals(250, SmtpClient.send(listener.port(), "someone@client.example", address("nobody-here", account), mail).code());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
    }

    @Test
    void messageWithoutSubjectFromOrMessageIdStillOpensATaskFromTheEnvelope() {
        String sender = Fixtures.unique("bare") + "@client.example";
        byte[] mail = ("To: " + address("inbox", account) + "\r\n\r\nJust a line of text.\r\n").getBytes();

        assertEquals(250, SmtpClient.send(listener.port(), sender, address("inbox", account), mail).code());

        Task task = onlyTaskOf(account);
        assertEquals("(no subject)", task.title);
        Comment comment = QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>find(
                "from Comment c join fetch c.authorContact where c.task.id = ?1", task.id).singleResult());
        assertEquals("Just a line of text.", comment.body);
        assertEquals(sender, comment.authorContact.email);
        assertNull(comment.authorEmployee);
    }

    static Task onlyTaskOf(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> Task.<Task>find(
                "from Task t join fetch t.project where t.account.id = ?1", account.id).singleResult());
    }
}
