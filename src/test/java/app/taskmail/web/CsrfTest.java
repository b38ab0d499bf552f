package app.taskmail.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsrfTest {

    @Test
    void postWithoutCsrfTokenIsRefusedAndChangesNothing() {
        Account account = Fixtures.account(Plan.PAID);
        Employee employee = Fixtures.employee(account, Role.EMPLOYEE);
        Project project = Fixtures.project(account);
        Task task = Fixtures.task(project, employee);
        Session session = Session.login(employee.login);

        session.postWithoutCsrf("/tasks/" + task.id + "/comments", Map.of("body", "forged"))
                .then().statusCode(400).body(containsString("The form may have expired"));
        session.postWithoutCsrf("/tasks/" + task.id + "/edit", Map.of("title", "forged title"))
                .then().statusCode(400);
        session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", "forged-token-value").formParam("body", "forged")
                .post("/tasks/" + task.id + "/comments").then().statusCode(400);

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Comment.count("task.id", task.id)));
        assertEquals(task.title, QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).title));
    }
}
