package app.taskmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class EmployeesTest {

    Account account;
    Employee admin;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        admin = Fixtures.employee(account, Role.ADMIN);
        session = Session.login(admin.login);
    }

    @Test
    void listShowsNameLoginRoleGroupsAndInternalAddress() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Fixtures.group(account, "Support", bob);
        session.get("/admin/employees").then().statusCode(200)
                .body(containsString(bob.displayName))
                .body(containsString(bob.login))
                .body(containsString("Support"))
                .body(containsString("Administrator"))
                .body(containsString(bob.login + "@" + account.slug + ".taskmail.local"));
    }

    @Test
    void createdEmployeeGetsACardAndCanLogInWithTheInitialPassword() {
        Group support = Fixtures.group(account, "Support");
        String login = Fixtures.unique("new.person_");
        String location = session.post("/admin/employees", newEmployee(login, "Nadia Novak", "EMPLOYEE",
                        "long-enough-pw", String.valueOf(support.id)))
                .then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        session.get(location).then().statusCode(200)
                .body(containsString("Employee created."))
                .body(containsString("Nadia Novak"))
                .body(containsString(login + "@" + account.slug + ".taskmail.local"))
                .body(containsString("Support"))
                .body(containsString("<section id=\"mailboxes\""))
                .body(containsString("href=\"" + location + "/mailboxes\""))
                .body(containsString("<form method=\"post\" action=\"" + location + "/edit\">"))
                .body(containsString("<form method=\"post\" action=\"" + location + "/password\">"))
                .body(containsString("<form method=\"post\" action=\"" + location + "/delete\">"));
        session.get(location).then().body(not(containsString("Employee created.")));
        assertTrue(Session.canLogIn(login, "long-enough-pw"));
        Employee stored = QuarkusTransaction.requiringNew().call(() -> Employee.findByLogin(login).orElseThrow());
        assertFalse(stored.passwordHash.contains("long-enough-pw"));
        assertEquals(account.id, stored.account.id);
    }

    @Test
    void loginTakenInAnotherAccountIsRefusedAndTypedValuesAreKeptExceptThePassword() {
        Employee stranger = Fixtures.employee(Fixtures.account(Plan.FREE), Role.EMPLOYEE);
        String before = AccountSnapshot.of(account);
        session.post("/admin/employees", newEmployee(stranger.login, "Typed Name", "ADMIN", "typed-password-1"))
                .then().statusCode(400)
                .body(containsString("This login is taken."))
                .body(containsString("value=\"" + stranger.login + "\""))
                .body(containsString("value=\"Typed Name\""))
                .body(containsString("<option value=\"ADMIN\" selected>"))
                .body(not(containsString("typed-password-1")));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inbox", "postmaster", "abuse", "mailer-daemon", "noreply", "no-reply", "task-7", "task-x"})
    void loginsOfSystemAddressesAreRefused(String login) {
        session.post("/admin/employees", newEmployee(login, "Sys Tem", "EMPLOYEE", "long-enough-pw"))
                .then().statusCode(400)
                .body(containsString("This login is reserved for the system&#39;s own addresses."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Employee.count("login", login)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "x|Use 2 to 64 characters.",
            "Bob|Use lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
            "1abc|Use lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
            "ann smith|Use lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
            "ann..smith|A login cannot end with a dot or have two dots in a row."})
    void malformedLoginsAreRefusedWithTheRule(String login, String message) {
        session.post("/admin/employees", newEmployee(login, "Some One", "EMPLOYEE", "long-enough-pw"))
                .then().statusCode(400).body(containsString(message));
    }

    @Test
    void shortPasswordAndMultiLineNameAreRefusedNextToTheirFields() {
        String login = Fixtures.unique("short");
        session.post("/admin/employees", newEmployee(login, "Two\nLines", "EMPLOYEE", "nine-char"))
                .then().statusCode(400)
                .body(containsString("Use at least 10 characters."))
                .body(containsString("The name must be a single line."))
                .body(containsString("value=\"" + login + "\""));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Employee.count("login", login)));
    }

    @Test
    void editChangesNameRoleAndGroups() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Group sales = Fixtures.group(account, "Sales");
        Group support = Fixtures.group(account, "Support", bob);
        session.post("/admin/employees/" + bob.id + "/edit",
                        Map.of("displayName", "Robert Chen", "role", "ADMIN", "groups", String.valueOf(sales.id)))
                .then().statusCode(303).header("Location", endsWith("/admin/employees/" + bob.id));
        session.get("/admin/employees/" + bob.id).then().body(containsString("Employee saved."))
                .body(containsString("value=\"" + sales.id + "\" checked"))
                .body(not(containsString("value=\"" + support.id + "\" checked")));
        Employee stored = QuarkusTransaction.requiringNew().call(() -> {
            Employee e = Employee.findById(bob.id);
            e.groups.size();
            return e;
        });
        assertEquals("Robert Chen", stored.displayName);
        assertEquals("ADMIN", stored.role);
        assertEquals(List.of(sales.id), stored.groups.stream().map(g -> g.id).toList());
        assertFalse(stored.groups.stream().anyMatch(g -> g.id.equals(support.id)));
    }

    @Test
    void lastAdminCannotDemoteThemself() {
        String before = AccountSnapshot.of(account);
        session.post("/admin/employees/" + admin.id + "/edit", Map.of("displayName", "Typed Admin", "role", "EMPLOYEE"))
                .then().statusCode(400)
                .body(containsString("The account needs at least one administrator."))
                .body(containsString("value=\"Typed Admin\""));
        assertEquals(before, AccountSnapshot.of(account));
        session.get("/admin/employees").then().statusCode(200);
    }

    @Test
    void adminMayStepDownWhileAnotherAdminRemains() {
        Fixtures.employee(account, Role.ADMIN);
        session.post("/admin/employees/" + admin.id + "/edit", Map.of("displayName", admin.displayName, "role", "EMPLOYEE"))
                .then().statusCode(303).header("Location", endsWith("/profile"));
        session.get("/profile").then().statusCode(200).body(containsString("You are no longer an administrator."));
        session.get("/admin/employees").then().statusCode(403);
    }

    @Test
    void passwordResetLetsTheNewPasswordInAndKeepsTheOldOneOut() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        session.post("/admin/employees/" + bob.id + "/password", Map.of("password", "brand-new-password"))
                .then().statusCode(303);
        session.get("/admin/employees/" + bob.id).then()
                .body(containsString("New password set for " + bob.displayName + "."))
                .body(not(containsString("brand-new-password")));
        assertTrue(Session.canLogIn(bob.login, "brand-new-password"));
        assertFalse(Session.canLogIn(bob.login, Fixtures.PASSWORD));
        Session.login(bob.login, "brand-new-password").get("/projects").then().statusCode(200);
    }

    @Test
    void tooShortResetPasswordIsRefusedAndTheOldOneStillWorks() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        session.post("/admin/employees/" + bob.id + "/password", Map.of("password", "short"))
                .then().statusCode(400)
                .body(containsString("Use at least 10 characters."))
                .body(not(containsString("value=\"short\"")));
        assertTrue(Session.canLogIn(bob.login, Fixtures.PASSWORD));
    }

    @Test
    void anEmployeeWithoutHistoryIsDeletedWithTheirMemberships() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Group support = Fixtures.group(account, "Support", bob);
        session.post("/admin/employees/" + bob.id + "/delete").then().statusCode(303)
                .header("Location", endsWith("/admin/employees"));
        session.get("/admin/employees").then().body(containsString(bob.displayName + " was deleted."))
                .body(not(containsString("href=\"/admin/employees/" + bob.id + "\"")));
        assertFalse(Session.canLogIn(bob.login, Fixtures.PASSWORD));
        session.get("/admin/groups").then().body(containsString("Support"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Group.<Group>findById(support.id).members.size()));
    }

    @Test
    void anEmployeeWhoCreatedTasksIsKeptAndNobodyDeletesThemself() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Project project = Fixtures.project(account);
        Fixtures.task(project, bob);
        String before = AccountSnapshot.of(account);
        session.post("/admin/employees/" + bob.id + "/delete").then().statusCode(400)
                .body(containsString("has written comments or created tasks"));
        session.post("/admin/employees/" + admin.id + "/delete").then().statusCode(400)
                .body(containsString("You cannot delete your own login."));
        assertEquals(before, AccountSnapshot.of(account));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Task.count("createdBy.id", bob.id)));
    }

    @Test
    void twoAdminsAddingTheSameLoginAtOnceGetOneEmployeeAndOneFieldMessage() throws Exception {
        Session otherAdmin = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN).login);
        session.csrfToken();
        otherAdmin.csrfToken();
        for (int round = 0; round < 3; round++) {
            String login = Fixtures.unique("same.login");
            Map<String, Object> form = newEmployee(login, "Same Person", "EMPLOYEE", "long-enough-pw");
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = pool.submit(() -> session.post("/admin/employees", form).statusCode());
                Future<Integer> second = pool.submit(() -> otherAdmin.post("/admin/employees", form).statusCode());
                assertEquals(List.of(303, 400), Stream.of(first.get(), second.get()).sorted().toList());
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Employee.count("login", login)));
        }
    }

    private static Map<String, Object> newEmployee(String login, String name, String role, String password,
            String... groups) {
        Map<String, Object> form = new HashMap<>();
        form.put("login", login);
        form.put("displayName", name);
        form.put("role", role);
        form.put("password", password);
        if (groups.length > 0) {
            form.put("groups", List.of(groups));
        }
        return form;
    }
}
