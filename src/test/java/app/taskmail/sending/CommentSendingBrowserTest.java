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
import app.taskmail.testing.Browser;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.Mails;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.SubmissionServer;
import app.taskmail.testing.TestCertificates;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An employee comments in a real browser, picks another sender than the default and watches the mail go out. */
@QuarkusTest
class CommentSendingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void employeeSeesTheDefaultSenderPicksAnotherNotifiesAContactAndSeesItSent() throws Exception {
        Account account = Fixtures.account(Plan.PAID);
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Contact nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        Task task = Fixtures.task(Fixtures.project(account), bob, nina);
        TestCertificates.useForGreenMail();
        GreenMail smtps = new GreenMail(new ServerSetup(MailRelay.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.start();
        String root = base.toString().replaceAll("/$", "");
        try (SubmissionServer provider = new SubmissionServer(Map.of("bob", "bob-pass"), Map.of());
                Browser browser = Browser.start(root)) {
            smtps.setUser("info@acme.example", "info", "info-pass");
            SendingFixtures.mailbox(account, bob, "bob@own.example", "localhost", provider.port(),
                    TransportSecurity.STARTTLS, "bob", "bob-pass");
            Mailbox company = SendingFixtures.mailbox(account, null, "info@acme.example", "127.0.0.1",
                    smtps.getSmtps().getPort(), TransportSecurity.SSL_TLS, "info", "info-pass");

            Page page = browser.loginAs(bob.login, Fixtures.PASSWORD);
            page.navigate(root + "/tasks/" + task.id);
            String reason = page.textContent("#send-from-reason");
            assertTrue(reason.contains("Default: bob@own.example"), reason);
            assertTrue(reason.contains(SenderResolver.PERSONAL_REASON), reason);

            page.selectOption("#f-sendFrom", String.valueOf(company.id));
            Locator ninaBox = page.locator("input[name=notifyContact][value='" + nina.id + "']");
            assertTrue(ninaBox.isChecked());
            page.click("button[data-check=contacts][data-value=none]");
            assertFalse(ninaBox.isChecked());
            ninaBox.check();
            page.fill("#f-body", "Nina, the new homepage is ready for your review.");
            page.click("#comment-form button[type=submit]");
            page.waitForURL("**/tasks/" + task.id + "*");

            Locator state = page.locator(".delivery [data-state]").first();
            Instant end = Instant.now().plus(Duration.ofSeconds(30));
            while (!"SENT".equals(state.getAttribute("data-state")) && Instant.now().isBefore(end)) {
                page.waitForTimeout(500);
                page.reload();
            }
            assertEquals("SENT", state.getAttribute("data-state"));
            assertTrue(page.textContent(".delivery").contains("info@acme.example"));
            assertEquals(1, Arrays.stream(smtps.getReceivedMessages())
                    .filter(m -> Mails.header(m, "From").contains("<info@acme.example>")).count());
            assertTrue(provider.received().isEmpty());
        } finally {
            smtps.stop();
        }
    }
}
