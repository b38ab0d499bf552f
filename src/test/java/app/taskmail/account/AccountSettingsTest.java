package app.taskmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountSettingsTest {

    Account account;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.FREE);
        session = Session.login(Fixtures.employee(account, Role.ADMIN).login);
    }

    @Test
    void settingsOpenOnThePlanPageWithItsSubNavigation() {
        session.get("/admin/settings").then().statusCode(303).header("Location", endsWith("/admin/settings/plan"));
        session.get("/admin/settings/plan").then().statusCode(200)
                .body(containsString("In a live deployment billing sets the plan and the trial; "
                        + "here an administrator sets them."))
                .body(containsString("href=\"/admin/settings/plan\" aria-current=\"page\""))
                .body(containsString("href=\"/admin/settings/email\""))
                .body(containsString("<option value=\"FREE\" selected>Free</option>"))
                .body(containsString("No trial."))
                .body(containsString("notifications go from the employees' internal addresses"));
    }

    @Test
    void futureTrialEndIsStoredInUtcAndShownAsRunning() {
        session.post("/admin/settings/plan", Map.of("plan", "FREE", "trialEndsAt", "2099-03-04T05:06"))
                .then().statusCode(303).header("Location", endsWith("/admin/settings/plan"));
        assertEquals(Instant.parse("2099-03-04T05:06:00Z"), stored().trialEndsAt);
        session.get("/admin/settings/plan").then()
                .body(containsString("Plan saved."))
                .body(containsString("Trial running until 4 Mar 2099, 05:06 UTC."))
                .body(containsString("value=\"2099-03-04T05:06\""))
                .body(containsString("This account may send notifications from its external mailboxes."));
    }

    @Test
    void pastTrialEndIsShownAsEnded() {
        session.post("/admin/settings/plan", Map.of("plan", "FREE", "trialEndsAt", "2020-01-02T03:04"))
                .then().statusCode(303);
        session.get("/admin/settings/plan").then()
                .body(containsString("The trial ended on 2 Jan 2020, 03:04 UTC."))
                .body(not(containsString("Trial running")))
                .body(containsString("notifications go from the employees' internal addresses"));
    }

    @Test
    void paidPlanWithoutTrialMayUseExternalMailboxes() {
        session.post("/admin/settings/plan", Map.of("plan", "PREMIUM", "trialEndsAt", "2099-01-01T00:00"))
                .then().statusCode(303);
        session.post("/admin/settings/plan", Map.of("plan", "PAID", "trialEndsAt", "")).then().statusCode(303);
        Account stored = stored();
        assertEquals(Plan.PAID, stored.plan);
        assertNull(stored.trialEndsAt);
        session.get("/admin/settings/plan").then()
                .body(containsString("Plan: <strong>Paid</strong>"))
                .body(containsString("No trial."))
                .body(containsString("This account may send notifications from its external mailboxes."));
    }

    @Test
    void unreadableTrialEndIsRefusedAndTheTypedValuesKept() {
        String before = AccountSnapshot.of(account);
        session.post("/admin/settings/plan", Map.of("plan", "PREMIUM", "trialEndsAt", "next tuesday"))
                .then().statusCode(400)
                .body(containsString("Enter a date and time such as 2030-12-31T18:00, or leave it empty for no trial."))
                .body(containsString("value=\"next tuesday\""))
                .body(containsString("<option value=\"PREMIUM\" selected>"));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void unknownPlanIsRefused() {
        String before = AccountSnapshot.of(account);
        session.post("/admin/settings/plan", Map.of("plan", "GOLD", "trialEndsAt", ""))
                .then().statusCode(400).body(containsString("Choose one of the plans."));
        assertEquals(before, AccountSnapshot.of(account));
    }

    private Account stored() {
        return QuarkusTransaction.requiringNew().call(() -> Account.findById(account.id));
    }
}
