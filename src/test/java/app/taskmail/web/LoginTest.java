package app.taskmail.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LoginTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects", "/projects/1", "/tasks/1", "/tasks/1/edit", "/admin/employees",
            "/admin/contacts", "/admin/settings", "/profile"})
    void anonymousPagesRedirectToLogin(String path) {
        Session.anonymous().get(path).then().statusCode(302).header("Location", endsWith("/login"));
    }

    @Test
    void anonymousPostRedirectsToLoginAndCreatesNothing() {
        long before = countProjects();
        Session anonymous = Session.anonymous();
        anonymous.postWithoutCsrf("/projects", java.util.Map.of("name", "Sneaky", "csrf-token", "x")).then()
                .statusCode(302).header("Location", endsWith("/login"));
        assertEquals(before, countProjects());
    }

    @Test
    void wrongPasswordShowsMessageAndGivesNoSession() {
        Employee employee = Fixtures.employee(Fixtures.account(Plan.PAID), Role.EMPLOYEE);
        Response response = Session.anonymous().request()
                .formParam("j_username", employee.login).formParam("j_password", "not-the-password")
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        assertTrue(response.header("Location").endsWith("/login?error=true"));
        assertNull(response.cookie("quarkus-credential"), "a refused login must not get a session cookie");
        Session.anonymous().get("/login?error=true").then().statusCode(200)
                .body(containsString("Wrong login or password"));
    }

    @Test
    void rightPasswordOpensProjectsAndLogoutEndsSession() {
        Employee employee = Fixtures.employee(Fixtures.account(Plan.PAID), Role.EMPLOYEE);
        Session session = Session.login(employee.login);
        session.get("/projects").then().statusCode(200).body(containsString(employee.displayName));
        session.post("/logout").then().statusCode(303).header("Location", endsWith("/login?out=true"));
        session.get("/projects").then().statusCode(302).header("Location", endsWith("/login"));
    }

    private static long countProjects() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> app.taskmail.project.Project.count());
    }

}
