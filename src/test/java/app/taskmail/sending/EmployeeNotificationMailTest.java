package app.taskmail.sending;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.Mails;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Employees who chose "Email me when I am notified" get the comment by mail at their own address, through
 * the real relay (GreenMail); colleagues who did not get only the in-app notification.
 */
@QuarkusTest
class EmployeeNotificationMailTest {

    Account account;
    Employee alice;
    Employee bob;
    Employee carol;
    Contact nina;
    Project project;
    Task task;
    String bobsInbox;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
        carol = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        project = Fixtures.project(account);
        task = Fixtures.task(project, alice, nina);
        QuarkusTransaction.requiringNew().run(() -> {
            Task t = Task.findById(task.id);
            t.employees.add(Employee.findById(bob.id));
            t.employees.add(Employee.findById(carol.id));
        });
        bobsInbox = Fixtures.unique("bob") + "@acme.example";
        Session.login(bob.login).post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", bobsInbox))
                .then().statusCode(303);
    }

    @Test
    void optedInColleagueGetsOneMailFromTheRelayAndTheOtherOnlyTheInAppNotice() throws Exception {
        Session session = Session.login(alice.login);
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "The draft is ready for review.",
                "notifyEmployee", List.of(bob.id, carol.id), "sendFrom", "internal")).then().statusCode(303);

        OutgoingMessage row = awaitSentTo(bobsInbox);
        MimeMessage got = onlyTo(bobsInbox);
        assertEquals(row.messageId, Mails.header(got, "Message-ID"));
        assertEquals("[" + project.name + " #" + task.id + "] " + task.title, got.getSubject());
        assertEquals(replyAddress(), Mails.header(got, "Reply-To"));
        String aliceInternal = alice.login + "@" + account.slug + ".taskmail.local";
        assertTrue(Mails.header(got, "From").contains("<" + aliceInternal + ">"), Mails.header(got, "From"));
        assertEquals("<" + aliceInternal + ">", Mails.header(got, "Return-Path"));
        String text = plainText(got);
        assertTrue(text.contains(alice.displayName + " commented on \"" + task.title + "\""), text);
        assertTrue(text.contains("The draft is ready for review."), text);
        assertTrue(text.contains("/tasks/" + task.id), text);
        assertEquals(SenderKind.INTERNAL, row.senderKind);
        assertEquals(bob.id, row.recipientEmployee.id);
        assertNull(row.recipientContact);

        assertEquals(0, SendingFixtures.messages(task).stream().filter(m -> m.recipientEmployee != null
                && m.recipientEmployee.id.equals(carol.id)).count());
        assertEquals(1, notifications(bob));
        assertEquals(1, notifications(carol));
        assertEquals(0, notifications(alice));

        session.get("/tasks/" + task.id).then().statusCode(200)
                .body(containsString("&lt;" + bobsInbox + "&gt;"))
                .body(containsString("data-recipient=\"employee\""))
                .body(containsString("data-state=\"SENT\""));
    }

    @Test
    void colleagueWhoOptedOutGetsNoMailAnyMore() {
        Session.login(bob.login).post("/profile/notifications", Map.of("notificationEmail", bobsInbox)).then().statusCode(303);
        Session.login(alice.login).post("/tasks/" + task.id + "/comments", Map.of("body", "Nobody mails Bob now.",
                "notifyEmployee", List.of(bob.id), "sendFrom", "internal")).then().statusCode(303);

        assertEquals(1, notifications(bob));
        assertEquals(List.of(), SendingFixtures.messages(task));
        Session.login(alice.login).get("/tasks/" + task.id).then().body(not(containsString(bobsInbox)));
    }

    private OutgoingMessage awaitSentTo(String address) {
        Eventually.until("the notification mail to be sent", () -> SendingFixtures.messages(task).stream()
                .anyMatch(m -> address.equals(m.recipientEmail) && m.status == DeliveryStatus.SENT));
        List<OutgoingMessage> rows = QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.<OutgoingMessage>list(
                "from OutgoingMessage o left join fetch o.recipientEmployee left join fetch o.recipientContact"
                        + " where o.task.id = ?1", task.id));
        assertEquals(1, rows.size(), "messages of the task");
        return rows.get(0);
    }

    private static MimeMessage onlyTo(String address) throws Exception {
        List<MimeMessage> matching = MailRelay.received().stream().filter(m -> sentTo(m, address)).toList();
        assertEquals(1, matching.size(), "mails to " + address);
        return matching.get(0);
    }

    static boolean sentTo(MimeMessage message, String address) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text/plain part of a received mail. */
    static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private long notifications(Employee employee) {
        return QuarkusTransaction.requiringNew().call(
                () -> Notification.count("employee.id = ?1 and task.id = ?2", employee.id, task.id));
    }

    private String replyAddress() {
        return QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress("taskmail.local"));
    }
}
