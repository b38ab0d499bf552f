package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Mails;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import app.taskmail.testing.SubmissionServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text that reached the database without the forms' checks (a task title, a mailbox's display name, a
 * contact's name with CRLF + "Bcc:") still cannot add a header or a recipient.
 */
@QuarkusTest
class HeaderInjectionTest {

    static final String INJECTION = "\r\nBcc: x@evil.example";

    @Test
    void crlfInSubjectAndDisplayNamesNeverBecomesAHeader() {
        Account account = Fixtures.account(Plan.PAID);
        Employee author = Fixtures.employee(account, Role.EMPLOYEE);
        Contact nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        Task task = Fixtures.task(Fixtures.project(account), author, nina);
        QuarkusTransaction.requiringNew().run(() -> {
            Task.<Task>findById(task.id).title = "Launch" + INJECTION;
            Contact.<Contact>findById(nina.id).name = "Nina" + INJECTION;
        });
        try (SubmissionServer provider = new SubmissionServer(Map.of("login", "pass"), Map.of())) {
            Mailbox box = SendingFixtures.mailbox(account, author, "bob@own.example", "localhost", provider.port(),
                    TransportSecurity.STARTTLS, "login", "pass", m -> m.displayName = "Mallory" + INJECTION);
            Session.login(author.login).post("/tasks/" + task.id + "/comments", Map.of(
                    "body", "Line one\rline two\nline three\r\n.\r\nline after a lone dot",
                    "notifyContact", nina.id, "sendFrom", box.id)).then().statusCode(303);

            Eventually.until("one message at the server", () -> provider.received().size() == 1);
            SubmissionServer.Received got = provider.received().get(0);
            MimeMessage message = got.message();
            assertEquals(List.of(nina.email), got.recipients());
            assertEquals(1, Mails.headerCount(message, "Subject"));
            assertEquals(0, Mails.headerCount(message, "Bcc"));
            assertTrue(Mails.header(message, "Subject").endsWith("Launch Bcc: x@evil.example"), Mails.header(message, "Subject"));
            assertEquals(1, Mails.headerCount(message, "From"));
            assertEquals(1, Mails.headerCount(message, "To"));
            assertFalse(new String(got.raw(), StandardCharsets.US_ASCII).contains("\nBcc:"));
            assertCrlfOnly(got.raw());
        }
    }

    private static void assertCrlfOnly(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n') {
                assertTrue(i > 0 && raw[i - 1] == '\r', "bare LF at byte " + i);
            }
            if (raw[i] == '\r') {
                assertTrue(i + 1 < raw.length && raw[i + 1] == '\n', "bare CR at byte " + i);
            }
        }
    }
}
