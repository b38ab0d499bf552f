package app.taskmail.sending;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Task;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeliveryLogTest {

    static final Instant LATER = Instant.now().plus(1, ChronoUnit.DAYS);

    Account account;
    Employee admin;
    Employee author;
    Task task;
    Mailbox mailbox;
    OutgoingMessage failed;
    OutgoingMessage sent;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        admin = Fixtures.employee(account, Role.ADMIN);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        task = Fixtures.task(Fixtures.project(account), author);
        mailbox = SendingFixtures.mailbox(account, null, Fixtures.unique("info") + "@acme.example", "127.0.0.1", 2,
                TransportSecurity.SSL_TLS, "info", "pass");
        failed = SendingFixtures.outgoing(task, author, mailbox, "lost@client.example", DeliveryStatus.FAILED, LATER, m -> {
            m.attempts = 1;
            m.lastError = "The recipient's mail server refused the message: 550 5.1.1 User unknown";
            m.failureKind = FailureKind.PERMANENT;
        });
        sent = SendingFixtures.outgoing(task, author, null, "happy@client.example", DeliveryStatus.SENT, LATER, m -> {
            m.attempts = 1;
            m.sentAt = Instant.now();
        });
    }

    @Test
    void adminSeesEveryMessageOfTheAccountWithAttemptsAndErrors() {
        Account other = Fixtures.account(Plan.PAID);
        Employee stranger = Fixtures.employee(other, Role.EMPLOYEE);
        SendingFixtures.outgoing(Fixtures.task(Fixtures.project(other), stranger), stranger, null,
                "secret@other.example", DeliveryStatus.SENT, LATER, m -> { });

        Session.login(admin.login).get("/admin/delivery").then().statusCode(200)
                .body(containsString("lost@client.example"))
                .body(containsString("550 5.1.1 User unknown"))
                .body(containsString("happy@client.example"))
                .body(containsString("id=\"message-" + failed.id + "\""))
                .body(not(containsString("secret@other.example")));
    }

    @Test
    void employeesMayNotSeeTheLog() {
        Session.login(author.login).get("/admin/delivery").then().statusCode(403);
    }

    @Test
    void filtersNarrowByStatusSenderAndDay() {
        Session session = Session.login(admin.login);
        session.get("/admin/delivery?status=FAILED").then().statusCode(200)
                .body(containsString("lost@client.example")).body(not(containsString("happy@client.example")));
        session.get("/admin/delivery?mailbox=internal").then().statusCode(200)
                .body(containsString("happy@client.example")).body(not(containsString("lost@client.example")));
        session.get("/admin/delivery?mailbox=" + mailbox.id).then()
                .body(containsString("lost@client.example")).body(not(containsString("happy@client.example")));
        String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        session.get("/admin/delivery?from=" + tomorrow).then()
                .body(not(containsString("lost@client.example"))).body(not(containsString("happy@client.example")));
    }

    @Test
    void badFiltersAreExplainedNextToTheField() {
        Session session = Session.login(admin.login);
        session.get("/admin/delivery?from=3.12.2026").then().statusCode(400)
                .body(containsString("Write the date as year-month-day, for example 2026-12-03."))
                .body(containsString("value=\"3.12.2026\""));
        Mailbox foreign = SendingFixtures.mailbox(Fixtures.account(Plan.PAID), null, "x@other.example", "127.0.0.1", 2,
                TransportSecurity.SSL_TLS, "x", "y");
        session.get("/admin/delivery?mailbox=" + foreign.id).then().statusCode(400)
                .body(containsString("Choose one of the listed senders."));
    }

    @Test
    void adminResendsAFailedMessageFromTheLog() {
        Session session = Session.login(admin.login);
        session.get("/admin/delivery").then().body(containsString("action=\"/admin/delivery/" + failed.id + "/resend\""));
        session.post("/admin/delivery/" + failed.id + "/resend", Map.of("sendFrom", "internal")).then().statusCode(303);
        Eventually.until("the resent message to go out", () -> SendingFixtures.message(failed.id).status == DeliveryStatus.SENT);
        assertEquals(1, SendingFixtures.message(failed.id).resends);
        assertEquals(1, MailRelay.withMessageId(failed.messageId).size());
    }

    @Test
    void resendFromAnAddressTheAuthorMayNotUseIsRefused() {
        Employee colleague = Fixtures.employee(account, Role.EMPLOYEE);
        Mailbox colleagues = SendingFixtures.mailbox(account, colleague, "col@own.example", "127.0.0.1", 2,
                TransportSecurity.SSL_TLS, "c", "p");
        Session.login(admin.login).post("/admin/delivery/" + failed.id + "/resend", Map.of("sendFrom", colleagues.id))
                .then().statusCode(400)
                .body(containsString("This message cannot go from that address. Choose one of the addresses listed."));
        assertEquals(DeliveryStatus.FAILED, SendingFixtures.message(failed.id).status);
    }

    @Test
    void anotherEmployeeMayNotResendSomeoneElsesMessage() {
        Employee colleague = Fixtures.employee(account, Role.EMPLOYEE);
        Session.login(colleague.login).post("/tasks/" + task.id + "/messages/" + failed.id + "/resend",
                Map.of("sendFrom", "internal")).then().statusCode(403);
        assertEquals(DeliveryStatus.FAILED, SendingFixtures.message(failed.id).status);
    }
}
