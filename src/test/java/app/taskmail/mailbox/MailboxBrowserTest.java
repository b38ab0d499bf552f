package app.taskmail.mailbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Project;
import app.taskmail.testing.Browser;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.StartTlsSmtpServer;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An admin sets up a company mailbox in a real Chromium, against a real STARTTLS server with required login. */
@QuarkusTest
class MailboxBrowserTest {

    static final String ADDRESS = "support@acme.test";
    static final String PASSWORD = "Support-Pw-4410";

    @TestHTTPResource("/")
    URL base;

    @Test
    void adminAddsACompanyMailboxFromAPresetTestsItLinksAProjectAndSavesItEnabled() {
        Account account = Fixtures.account(Plan.PAID);
        Employee admin = Fixtures.employee(account, Role.ADMIN);
        Project project = Fixtures.project(account);
        try (StartTlsSmtpServer server = StartTlsSmtpServer.builder().user(ADDRESS, PASSWORD, ADDRESS).start();
                Browser browser = Browser.start(base.toString())) {
            Page page = browser.loginAs(admin.login, Fixtures.PASSWORD);
            page.navigate(browser.url("/admin/settings/email"));
            page.click("text=Add mailbox");

            page.selectOption("#f-preset", "MICROSOFT");
            assertThat(page.locator("#f-host")).hasValue("smtp.office365.com");
            assertThat(page.locator("#f-port")).hasValue("587");
            assertThat(page.locator("#f-security")).hasValue("STARTTLS");
            assertThat(page.locator("#preset-hint")).containsText("SMTP AUTH must be allowed");

            page.fill("#f-email", ADDRESS);
            page.fill("#f-displayName", "Acme Support");
            page.fill("#f-host", "127.0.0.1");
            page.fill("#f-port", String.valueOf(server.port()));
            page.fill("#f-username", ADDRESS);
            page.fill("#f-password", PASSWORD);
            page.click("#test-account");

            assertThat(page.locator("#test-result")).containsText("Test passed.");
            assertThat(page.locator("#f-password")).hasValue("");
            assertThat(page.locator("#f-host")).hasValue("127.0.0.1");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "mailbox-tested.png"))
                    .setFullPage(true));

            page.check("input[name=projects][value=selected]");
            page.check("input[name=projectIds][value='" + project.id + "']");
            page.check("#f-enabled");
            page.click("#save");

            page.waitForURL(url -> url.endsWith("/admin/settings/email"));
            Locator row = page.locator("#mailboxes tbody tr").filter(new Locator.FilterOptions().setHasText(ADDRESS));
            assertThat(row).containsText("Acme Support");
            assertThat(row).containsText(project.name);
            assertThat(row.locator(".state")).containsText("Enabled");
            assertThat(row.locator(".state")).containsText("Verified");
            assertThat(row.locator(".state")).containsText("last successful test");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "company-mailboxes.png"))
                    .setFullPage(true));
            assertEquals(0, server.messages().size());
            assertFalse(server.authAttemptedInClear());
        }
    }
}
