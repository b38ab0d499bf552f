package app.taskmail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walks every page a user can reach by following links, as a user clicking around would, and checks that
 * each page opens and that every link and form on it points at a real, well-formed address.
 */
@QuarkusTest
class SiteCrawlTest {

    private static final Pattern CLEAN_PATH = Pattern.compile("/[A-Za-z0-9/_.~-]*(\\?[A-Za-z0-9=&_.%~-]*)?(#[A-Za-z0-9_-]*)?");
    private static final int MAX_PAGES = 200;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyReachablePageOpensAndEveryLinkAndFormIsWellFormed(Role role) {
        Account account = Fixtures.account(Plan.PAID);
        Employee employee = Fixtures.employee(account, role);
        Fixtures.group(account, "Crawlers", employee);
        Project project = Fixtures.project(account);
        Contact contact = Fixtures.contact(account, Fixtures.unique("crawl") + "@client.example");
        Fixtures.task(project, employee, contact);
        Fixtures.mailbox(account, null);
        Fixtures.mailbox(account, employee);
        Session session = Session.login(employee.login);

        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/projects", "/profile"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            Response response = session.get(path);
            String location = response.header("Location");
            if (response.statusCode() == 303 && location != null) {
                queue.add(location.replaceFirst("^https?://[^/]+", ""));
                continue;
            }
            if (response.statusCode() != 200) {
                problems.add(path + " answered " + response.statusCode());
                continue;
            }
            if (!String.valueOf(response.contentType()).startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.asString());
            for (Element form : page.select("form")) {
                String action = form.attr("action");
                if (!action.equals("/j_security_check") && !CLEAN_PATH.matcher(action).matches()) {
                    problems.add(path + ": form action '" + action + "'");
                }
                if (form.attr("method").equalsIgnoreCase("post") && form.select("input[name=csrf-token]").isEmpty()
                        && !action.equals("/j_security_check")) {
                    problems.add(path + ": form to " + action + " without CSRF token");
                }
            }
            for (Element link : page.select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#") || href.startsWith("mailto:")) {
                    continue;
                }
                if (!CLEAN_PATH.matcher(href).matches()) {
                    problems.add(path + ": link '" + href + "'");
                    continue;
                }
                String target = href.replaceFirst("#.*", "");
                if (!target.isEmpty() && !seen.contains(target)) {
                    queue.add(target);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.size() >= 5, "the crawl reached only " + seen);
    }

}
