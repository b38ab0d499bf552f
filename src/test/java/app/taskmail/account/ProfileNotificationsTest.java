package app.taskmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Email me when I am notified" on My profile: the choice, its address and what is refused. */
@QuarkusTest
class ProfileNotificationsTest {

    Account account;
    Employee employee;
    Session session;
    String own;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        employee = Fixtures.employee(account, Role.EMPLOYEE);
        session = Session.login(employee.login);
        own = Fixtures.unique("bob") + "@acme.example";
    }

    @Test
    void notificationMailIsOffUntilTheEmployeeChoosesIt() {
        session.get("/profile").then().statusCode(200)
                .body(containsString("Email me when I am notified"))
                .body(containsString("name=\"notifyByEmail\" value=\"true\">"));
        assertFalse(reload().notifyByEmail);
    }

    @Test
    void optingInWithAnAddressOfTheirOwnSavesIt() {
        session.post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", "  " + own.toUpperCase() + " "))
                .then().statusCode(303).header("Location", endsWith("/profile"));
        session.get("/profile").then()
                .body(containsString("Notifications now also come by email to " + own + "."))
                .body(containsString("value=\"true\" checked"))
                .body(containsString("value=\"" + own + "\""));
        Employee saved = reload();
        assertTrue(saved.notifyByEmail);
        assertEquals(own, saved.notificationEmail);
    }

    @Test
    void badAddressesAreRefusedNextToTheFieldWithTheTypedValueKept() {
        String before = AccountSnapshot.of(account) + state();
        refused("not-an-address", "This is not an email address.");
        refused("bob@" + account.slug + ".taskmail.local", "This is a Taskmail address");
        refused("bob@taskmail.local", "This is a Taskmail address");
        refused(own + "\r\nBcc: everyone@acme.example", "The address must be a single line.");
        session.post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", " ")).then()
                .statusCode(400).body(containsString("Type the address to send your notifications to."));
        assertEquals(before, AccountSnapshot.of(account) + state());
        assertFalse(reload().notifyByEmail);
    }

    @Test
    void anAddressAColleagueAlreadyGetsNotificationsAtIsRefused() {
        optIn(own);
        Employee colleague = Fixtures.employee(account, Role.EMPLOYEE);
        Session.login(colleague.login).post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", own))
                .then().statusCode(400).body(containsString("A colleague already gets notifications at this address."));
    }

    @Test
    void optingOutStopsTheMailButKeepsTheAddressForNextTime() {
        optIn(own);
        session.post("/profile/notifications", Map.of("notificationEmail", own)).then().statusCode(303);
        session.get("/profile").then().body(containsString("Notifications no longer come by email."));
        Employee saved = reload();
        assertFalse(saved.notifyByEmail);
        assertEquals(own, saved.notificationEmail);
        assertTrue(saved.notificationAddress().isEmpty());
        assertTrue(QuarkusTransaction.requiringNew().call(
                () -> Employee.findByNotificationEmail(Account.findById(account.id), own).isEmpty()));
    }

    @Test
    void optingOutWithTheAddressClearedForgetsIt() {
        optIn(own);
        session.post("/profile/notifications", Map.of("notificationEmail", "")).then().statusCode(303);
        assertNull(reload().notificationEmail);
    }

    private void optIn(String address) {
        session.post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", address))
                .then().statusCode(303);
    }

    private void refused(String typed, String message) {
        session.post("/profile/notifications", Map.of("notifyByEmail", "true", "notificationEmail", typed)).then()
                .statusCode(400)
                .body(containsString(message))
                .body(containsString("class=\"error\" id=\"f-notificationEmail-error\""))
                .body(containsString("value=\"" + typed + "\""));
    }

    private String state() {
        Employee e = reload();
        return " notify " + e.notifyByEmail + " " + e.notificationEmail;
    }

    private Employee reload() {
        return QuarkusTransaction.requiringNew().call(() -> Employee.<Employee>findById(employee.id));
    }
}
