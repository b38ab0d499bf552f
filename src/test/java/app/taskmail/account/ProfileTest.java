package app.taskmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileTest {

    Account account;
    Employee employee;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        employee = Fixtures.employee(account, Role.EMPLOYEE);
        session = Session.login(employee.login);
    }

    @Test
    void profileShowsWhoTheEmployeeIs() {
        Fixtures.group(account, "Support", employee);
        session.get("/profile").then().statusCode(200)
                .body(containsString(employee.displayName))
                .body(containsString("<code>" + employee.login + "</code>"))
                .body(containsString(employee.login + "@" + account.slug + ".taskmail.local"))
                .body(containsString("<td>Employee</td>"))
                .body(containsString("Support"))
                .body(containsString("<section id=\"mailboxes\""))
                .body(containsString("href=\"/profile/mailboxes\""));
    }

    @Test
    void employeeRenamesThemself() {
        session.post("/profile/name", Map.of("displayName", "  Beatrice Long ")).then().statusCode(303)
                .header("Location", endsWith("/profile"));
        session.get("/profile").then().body(containsString("Your name is saved.")).body(containsString("Beatrice Long"));
        assertEquals("Beatrice Long", QuarkusTransaction.requiringNew().call(
                () -> Employee.<Employee>findById(employee.id).displayName));
    }

    @Test
    void multiLineOrEmptyNameIsRefusedWithTheTypedValueKept() {
        String before = AccountSnapshot.of(account);
        session.post("/profile/name", Map.of("displayName", "Bea\nForged: header")).then().statusCode(400)
                .body(containsString("The name must be a single line."))
                .body(containsString("Bea\nForged: header"));
        session.post("/profile/name", Map.of("displayName", " ")).then().statusCode(400)
                .body(containsString("Type the name colleagues and contacts will see."));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void wrongCurrentPasswordIsRefusedAndNothingIsEchoed() {
        String before = AccountSnapshot.of(account);
        session.post("/profile/password", Map.of("current", "wrong-password-typed", "password", "brand-new-password",
                        "confirmation", "brand-new-password"))
                .then().statusCode(400)
                .body(containsString("This is not your current password."))
                .body(not(containsString("wrong-password-typed")))
                .body(not(containsString("brand-new-password")));
        assertEquals(before, AccountSnapshot.of(account));
        assertTrue(Session.canLogIn(employee.login, Fixtures.PASSWORD));
    }

    @Test
    void newPasswordMustBeLongEnoughAndTypedTwiceAlike() {
        String before = AccountSnapshot.of(account);
        session.post("/profile/password", Map.of("current", Fixtures.PASSWORD, "password", "short",
                "confirmation", "short")).then().statusCode(400).body(containsString("Use at least 10 characters."));
        session.post("/profile/password", Map.of("current", Fixtures.PASSWORD, "password", "brand-new-password",
                        "confirmation", "brand-new-passw0rd"))
                .then().statusCode(400).body(containsString("The two new passwords are not the same."));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void changedPasswordLetsTheNewOneInAndKeepsTheOldOneOut() {
        session.post("/profile/password", Map.of("current", Fixtures.PASSWORD, "password", "brand-new-password",
                "confirmation", "brand-new-password")).then().statusCode(303).header("Location", endsWith("/profile"));
        session.get("/profile").then().body(containsString("Your password is changed."));
        assertFalse(Session.canLogIn(employee.login, Fixtures.PASSWORD));
        Session.login(employee.login, "brand-new-password").get("/profile").then().statusCode(200);
    }

    @Test
    void everyEmployeeReachesTheirProfileButNotTheAdminPages() {
        session.get("/profile").then().statusCode(200);
        session.get("/admin/employees/" + employee.id).then().statusCode(403);
    }
}
