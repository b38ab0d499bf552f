package app.taskmail.sending;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Operators see the queue and the delivery counts on the management port: /q/metrics and /q/health. */
@QuarkusTest
class OutboxMetricsTest {

    /** Relative to the management root, /q. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void metricsCountSentMailPerSenderAndShowTheQueueDepthAndHealthReportsTheOutbox() {
        Account account = Fixtures.account(Plan.FREE);
        Employee author = Fixtures.employee(account, Role.EMPLOYEE);
        Contact nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        Task task = Fixtures.task(Fixtures.project(account), author, nina);
        Session session = Session.login(author.login);
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "Hello", "notifyContact", nina.id))
                .then().statusCode(303);
        Eventually.until("the message to be sent", () -> SendingFixtures.messages(task).get(0).status == DeliveryStatus.SENT);

        given().get(metrics).then().statusCode(200)
                .body(containsString("taskmail_outbox_depth"))
                .body(matchesPattern("(?s).*taskmail_mail_sent_total\\{mailbox=\"internal\"[^}]*} [1-9].*"));
        given().get(readiness).then().statusCode(200)
                .body(containsString("\"outbox\"")).body(containsString("queueDepth"));
    }

    @Test
    void theApplicationPortServesNeitherMetricsNorHealth() {
        Session.anonymous().get("/q/metrics").then().statusCode(302);
        Employee employee = Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN);
        Session.login(employee.login).get("/q/metrics").then().statusCode(404);
    }
}
