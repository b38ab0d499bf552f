package app.taskmail.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium (/usr/bin/chromium) driven by Playwright, with a fresh profile under
 * {@code target/}. Close it after use.
 */
public final class Browser implements AutoCloseable {

    static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final BrowserContext context;

    public Browser() {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(Path.of("target", "browser-profiles")), "chromium-");
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true).setArgs(ARGS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Page page() {
        return context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
    }

    /** Logs in through the login form of the application at {@code baseUrl}. */
    public Page login(String baseUrl, String login, String password) {
        Page page = page();
        page.navigate(baseUrl + "/login");
        page.fill("#j_username", login);
        page.fill("#j_password", password);
        page.click("button[type=submit]");
        page.waitForURL("**/projects");
        return page;
    }

    @Override
    public void close() {
        context.close();
        playwright.close();
    }
}
