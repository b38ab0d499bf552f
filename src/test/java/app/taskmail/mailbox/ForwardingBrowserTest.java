package app.taskmail.mailbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.inbound.InboundListener;
import app.taskmail.testing.Browser;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.SmtpClient;
import app.taskmail.testing.StartTlsSmtpServer;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An admin checks forwarding of a company mailbox in a real Chromium, through a real STARTTLS server. */
@QuarkusTest
class ForwardingBrowserTest {

    static final String PASSWORD = "Browser-Forwarding-Pw-31";

    @TestHTTPResource("/")
    URL base;

    @Inject
    InboundListener listener;

    @Test
    void adminCopiesTheAddressToForwardToChecksForwardingAndSeesItVerifiedAfterAReload() {
        Account account = Fixtures.account(Plan.PAID);
        Employee admin = Fixtures.employee(account, Role.ADMIN);
        String address = Fixtures.unique("help") + "@acme.test";
        String inbox = InboundFixtures.address("inbox", account);
        try (StartTlsSmtpServer server = StartTlsSmtpServer.builder().user(address, PASSWORD, address).start();
                Browser browser = Browser.start(base.toString())) {
            Mailbox mailbox = Fixtures.mailbox(account, null, new SmtpSettings(address, "127.0.0.1", server.port(),
                    TransportSecurity.STARTTLS, address, PASSWORD), true);
            Page page = browser.loginAs(admin.login, Fixtures.PASSWORD);
            page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
            page.navigate(browser.url("/admin/settings/email/" + mailbox.id));

            assertThat(page.locator("#forwarding-state")).containsText("Not checked");
            assertThat(page.locator("#forward-to")).hasValue(inbox);
            page.click("#copy-forward-to");
            assertThat(page.locator("#copy-forward-to")).hasText("Copied");
            assertEquals(inbox, page.evaluate("navigator.clipboard.readText()"));

            page.click("#check-forwarding");
            assertThat(page.locator(".flash")).containsText("Probe sent from " + address + " to " + address + ".");
            assertThat(page.locator("#forwarding-state")).containsText("waiting for it to come back");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "forwarding-waiting.png"))
                    .setFullPage(true));

            assertEquals(1, server.messages().size());
            assertEquals(250, SmtpClient.send(listener.port(), address, inbox, server.messages().get(0).data()).code());
            page.reload();

            assertThat(page.locator("#forwarding-state")).containsText("Forwarding verified");
            assertThat(page.locator("#forwarding-state")).containsText("The probe came back at");
            assertThat(page.locator("#forward-to")).hasCount(0);
            assertThat(page.locator(".flash")).hasCount(0);
        }
    }
}
