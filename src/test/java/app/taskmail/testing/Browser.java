package app.taskmail.testing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * A real headless Chromium driven by Playwright, the way this machine runs it: the system's
 * {@code /usr/bin/chromium} (no browser download; surefire sets {@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}),
 * flags for a closed network, and a fresh profile directory under {@code target/browser-profiles/}.
 *
 * <pre>{@code
 * try (Browser browser = Browser.start(baseUrl)) {
 *     Page page = browser.loginAs(login, Fixtures.PASSWORD);
 *     page.navigate(browser.url("/projects"));
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final BrowserContext context;
    private final String baseUrl;

    private Browser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Path profile = freshProfile();
        playwright = Playwright.create();
        try {
            context = playwright.chromium().launchPersistentContext(profile,
                    new BrowserType.LaunchPersistentContextOptions()
                            .setExecutablePath(Paths.get("/usr/bin/chromium"))
                            .setHeadless(true)
                            .setArgs(FLAGS));
            context.setDefaultTimeout(15_000);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Starts Chromium for the application at this base URL (e.g. a {@code @TestHTTPResource("/")} URL). */
    public static Browser start(String baseUrl) {
        return new Browser(baseUrl);
    }

    /** The absolute URL of a path of the application. */
    public String url(String path) {
        return baseUrl + path;
    }

    public Page newPage() {
        return context.newPage();
    }

    /** A page logged in through the real login form; fails when the login is refused. */
    public Page loginAs(String login, String password) {
        Page page = newPage();
        page.navigate(url("/login"));
        page.fill("#j_username", login);
        page.fill("#j_password", password);
        page.click("button[type=submit]");
        page.waitForURL(u -> !u.contains("/login"));
        return page;
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            playwright.close();
        }
    }

    private static Path freshProfile() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "browser-profiles"));
            return Files.createTempDirectory(parent, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a browser profile directory", e);
        }
    }
}
