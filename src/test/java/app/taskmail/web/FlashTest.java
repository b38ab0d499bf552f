package app.taskmail.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FlashTest {

    @Test
    void noticeIsShownOnceOnThePageTheFormRedirectsTo() {
        Session session = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN).login);
        session.post("/admin/groups", Map.of("name", "Weekend")).then().statusCode(303);
        session.get("/admin/groups").then().body(containsString("<p class=\"alert ok flash\" role=\"status\">"
                + "Group created. Now choose its members.</p>"));
        session.get("/admin/groups").then().body(not(containsString("Group created.")));
    }

    @Test
    void forgedNoticeCookieIsIgnored() {
        Session session = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.EMPLOYEE).login);
        String payload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("Your session expired, call 555-0100".getBytes(StandardCharsets.UTF_8));
        session.request().cookie("taskmail-flash", payload + ".forged-signature").get("/projects").then()
                .statusCode(200)
                .body(not(containsString("call 555-0100")));
    }
}
