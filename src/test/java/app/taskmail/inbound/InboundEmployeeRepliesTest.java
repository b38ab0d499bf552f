package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.DOMAIN;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.MailText;
import app.taskmail.testing.Mails;
import app.taskmail.testing.Session;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inbound mail and employees' notification mail: a contact's reply is mailed on to the colleague who asked for
 * it, and the colleague's answer from their own address becomes their comment, not a stranger's.
 */
@QuarkusTest
class InboundEmployeeRepliesTest {

    @Inject
    InboundListener listener;

    Account account;
    Employee alice;
    Employee bob;
    Contact nina;
    Project project;
    Task task;
    String bobsInbox;
    String replyAddress;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        project = Fixtures.project(account);
        task = Fixtures.task(project, alice, nina);
        replyAddress = QuarkusTransaction.requiringNew().call(() -> {
            Task t = Task.findById(task.id);
            t.employees.add(Employee.findById(bob.id));
            return t.replyAddress(DOMAIN);
        });
        bobsInbox = Fixtures.unique("bob") + "@acme.example";
        Session.login(bob.login).post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", bobsInbox))
                .then().statusCode(303);
    }

    @Test
    void contactsReplyOverSmtpIsMailedToTheColleagueWhoAskedForIt() throws Exception {
        byte[] reply = MailText.from("Nina Patel <" + nina.email + ">", replyAddress, "Re: offer")
                .text("Agreed, go ahead.").bytes();
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, replyAddress, reply).code());

        MimeMessage got = awaitMailTo(bobsInbox);
        assertEquals("[" + project.name + " #" + task.id + "] " + task.title, got.getSubject());
        assertEquals(replyAddress, Mails.header(got, "Reply-To"));
        InternetAddress from = (InternetAddress) got.getFrom()[0];
        assertEquals("inbox@" + account.slug + "." + DOMAIN, from.getAddress());
        assertEquals(nina.name, from.getPersonal());
        assertEquals(1L, unread(bob));
        assertEquals(1L, unread(alice));
    }

    @Test
    void colleaguesAnswerFromTheirOwnAddressIsTheirCommentAndMakesNoContact() throws Exception {
        Session.login(alice.login).post("/tasks/" + task.id + "/comments", Map.of("body", "Bob, can you check the offer?",
                "notifyEmployee", bob.id, "sendFrom", "internal")).then().statusCode(303);
        MimeMessage notice = awaitMailTo(bobsInbox);
        long contactsBefore = contacts();

        byte[] answer = MailText.from("Bob <" + bobsInbox.toUpperCase() + ">", Mails.header(notice, "Reply-To"),
                        "Re: " + notice.getSubject())
                .header("In-Reply-To", Mails.header(notice, "Message-ID"))
                .text("Checked, it is fine.\n\nOn Mon, Alice wrote:\n> Bob, can you check the offer?").bytes();
        assertEquals(250, SmtpClient.send(listener.port(), bobsInbox, replyAddress, answer).code());

        Comment comment = QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>find(
                "from Comment c left join fetch c.authorEmployee where c.task.id = ?1 order by c.id desc", task.id).firstResult());
        assertEquals("Checked, it is fine.", comment.body);
        assertEquals(bob.id, comment.authorEmployee.id);
        assertNull(comment.authorContact);
        assertEquals(contactsBefore, contacts());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "employee.id = ?1 and comment.id = ?2", bob.id, comment.id)));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "employee.id = ?1 and comment.id = ?2", alice.id, comment.id)));
        Session.login(alice.login).get("/tasks/" + task.id).then().statusCode(200)
                .body(containsString("<strong>" + bob.displayName + "</strong> · "));
    }

    @Test
    void colleaguesNewMailFromTheirOwnAddressToTheInboxOpensATaskAsTheirs() throws Exception {
        long contactsBefore = contacts();
        String inbox = "inbox@" + account.slug + "." + DOMAIN;
        byte[] mail = MailText.from("Bob <" + bobsInbox + ">", inbox, "Supplier asks for the signed contract")
                .text("Please keep track of this one.").bytes();
        assertEquals(250, SmtpClient.send(listener.port(), bobsInbox, inbox, mail).code());

        Task opened = QuarkusTransaction.requiringNew().call(() -> Task.<Task>find(
                "from Task t left join fetch t.createdBy where t.account.id = ?1 and t.title = ?2", account.id,
                "Supplier asks for the signed contract").firstResult());
        Comment first = QuarkusTransaction.requiringNew().call(() -> Comment.<Comment>find(
                "from Comment c left join fetch c.authorEmployee where c.task.id = ?1", opened.id).firstResult());
        assertEquals(bob.id, opened.createdBy.id);
        assertEquals(bob.id, first.authorEmployee.id);
        assertNull(first.authorContact);
        assertEquals(contactsBefore, contacts());
    }

    private static MimeMessage awaitMailTo(String address) {
        Eventually.until("a mail to " + address, () -> !to(address).isEmpty());
        List<MimeMessage> mails = to(address);
        assertEquals(1, mails.size(), "mails to " + address);
        return mails.get(0);
    }

    private static List<MimeMessage> to(String address) {
        return MailRelay.received().stream().filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO) != null && Arrays.stream(
                        m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    private long contacts() {
        return QuarkusTransaction.requiringNew().call(() -> Contact.count("account.id", account.id));
    }

    private long unread(Employee employee) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.count(
                "employee.id = ?1 and task.id = ?2 and readAt is null", employee.id, task.id));
    }
}
