package app.taskmail.sending;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A "Send from" choice that is not among the author's options is refused; nothing is saved or queued. */
@QuarkusTest
class SenderChoiceTest {

    static final String REFUSED = "You cannot send from this address for this task. Choose one of the addresses listed.";
    static final String TYPED = "Please check <the> draft & reply";

    Account account;
    Employee author;
    Project project;
    Contact nina;
    Task task;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        project = Fixtures.project(account);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        task = Fixtures.task(project, author, nina);
        session = Session.login(author.login);
    }

    @Test
    void anotherEmployeesPersonalMailboxIsRefused() {
        Employee colleague = Fixtures.employee(account, Role.EMPLOYEE);
        assertRefused(mailbox(account, colleague, m -> { }).id);
    }

    @Test
    void anotherAccountsMailboxIsRefused() {
        Account other = Fixtures.account(Plan.PAID);
        assertRefused(mailbox(other, null, m -> { }).id);
    }

    @Test
    void mailboxNotLinkedToThisProjectIsRefused() {
        Project elsewhere = Fixtures.project(account);
        assertRefused(mailbox(account, null, m -> {
            m.allProjects = false;
            m.projects.add(Project.findById(elsewhere.id));
        }).id);
    }

    @Test
    void disabledAndUnverifiedMailboxesAreRefused() {
        assertRefused(mailbox(account, null, m -> m.enabled = false).id);
        assertRefused(mailbox(account, null, m -> m.settingsVersion = 2).id);
    }

    @Test
    void ownMailboxIsRefusedOnAFreePlan() {
        Mailbox own = mailbox(account, author, m -> { });
        SendingFixtures.setPlan(account, Plan.FREE, null);
        assertRefused(own.id);
    }

    @Test
    void garbageIsRefused() {
        assertRefused("12abc");
        assertRefused("<script>alert(1)</script>");
    }

    @Test
    void ownMailboxIsAccepted() {
        Mailbox own = mailbox(account, author, m -> { });
        session.post("/tasks/" + task.id + "/comments", Map.of("body", TYPED, "notifyContact", nina.id,
                "sendFrom", own.id)).then().statusCode(303);
        assertEquals(1, SendingFixtures.messages(task).size());
        assertEquals(own.id, SendingFixtures.messages(task).get(0).mailbox.id);
        // nobody listens at that mailbox's port: stop the retries so they do not run on through later tests
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update(
                "status = ?1 where task.id = ?2", DeliveryStatus.FAILED, task.id));
    }

    @Test
    void contactOfAnotherAccountCannotBeNotified() {
        Contact foreign = Fixtures.contact(Fixtures.account(Plan.PAID), Fixtures.unique("x") + "@elsewhere.example");
        session.post("/tasks/" + task.id + "/comments", Map.of("body", TYPED, "notifyContact", foreign.id,
                        "sendFrom", "internal"))
                .then().statusCode(400)
                .body(containsString("Choose whom to notify among the people taking part in this task."));
        assertNothingSaved();
    }

    private void assertRefused(Object choice) {
        session.post("/tasks/" + task.id + "/comments", Map.of("body", TYPED, "notifyContact", nina.id,
                        "sendFrom", choice))
                .then().statusCode(400)
                .body(containsString(REFUSED))
                .body(containsString("Please check &lt;the&gt; draft &amp; reply"))
                .body(containsString("id=\"f-sendFrom-error\""));
        assertNothingSaved();
    }

    private void assertNothingSaved() {
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Comment.count("task.id", task.id)));
        assertEquals(0L, SendingFixtures.messageCount(account));
    }

    private static Mailbox mailbox(Account account, Employee owner, Consumer<Mailbox> adjust) {
        return SendingFixtures.mailbox(account, owner, Fixtures.unique("box") + "@acme.example", "localhost", 2,
                TransportSecurity.STARTTLS, "user", "pass", adjust);
    }
}
