package app.taskmail.testing;

import static io.restassured.RestAssured.given;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session for tests: keeps cookies, logs in through the real login form and sends
 * forms with the CSRF token a page handed out, as a browser does.
 */
public final class Session {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();
    private String csrfToken;

    public static Session anonymous() {
        return new Session();
    }

    /** Logs in with the login form; fails the test when the login is refused. */
    public static Session login(String login, String password) {
        Session session = new Session();
        Response response = session.request().redirects().follow(false)
                .formParam("j_username", login).formParam("j_password", password)
                .post("/j_security_check");
        String location = response.header("Location");
        if (response.statusCode() != 302 || location == null || location.contains("error")) {
            throw new AssertionError("login of " + login + " refused: " + response.statusCode() + " " + location);
        }
        return session;
    }

    public static Session login(String login) {
        return login(login, Fixtures.PASSWORD);
    }

    public RequestSpecification request() {
        return given().filter(cookies).redirects().follow(false);
    }

    /** Gets a page; like a browser, later forms use the CSRF token this page carries. */
    public Response get(String path) {
        Response response = request().get(path);
        remember(response);
        return response;
    }

    /** Posts a form with the session's CSRF token, taken from a page as a browser would. */
    public Response post(String path, Map<String, ?> form) {
        Response response = request().contentType("application/x-www-form-urlencoded").formParams(form)
                .formParam("csrf-token", csrfToken()).post(path);
        remember(response);
        return response;
    }

    public Response post(String path) {
        return post(path, Map.of());
    }

    /** Posts a form without any CSRF token, as a forged cross-site form would. */
    public Response postWithoutCsrf(String path, Map<String, ?> form) {
        return request().contentType("application/x-www-form-urlencoded").formParams(form).post(path);
    }

    /** The token of the last page seen, fetching a page first when none was seen yet. */
    public String csrfToken() {
        if (csrfToken == null) {
            get("/projects");
        }
        if (csrfToken == null) {
            throw new AssertionError("no CSRF token on the page");
        }
        return csrfToken;
    }

    private void remember(Response response) {
        String contentType = response.contentType();
        if (contentType != null && contentType.startsWith("text/html")) {
            Matcher matcher = CSRF_FIELD.matcher(response.asString());
            if (matcher.find()) {
                csrfToken = matcher.group(1);
            }
        }
    }

    /** Whether the login form accepts this login and password; unlike {@link #login} it never fails the test. */
    public static boolean canLogIn(String login, String password) {
        Response response = new Session().request()
                .formParam("j_username", login).formParam("j_password", password)
                .post("/j_security_check");
        String location = response.header("Location");
        return response.statusCode() == 302 && location != null && !location.contains("error");
    }
}
