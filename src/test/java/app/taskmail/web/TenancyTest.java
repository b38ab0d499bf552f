package app.taskmail.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing crosses accounts: an employee or an administrator of account B who asks for account A's records
 * by id gets a 404 (never a 403, which would confirm the record exists), their forms change nothing in
 * either account, and A's records never show up in B's lists and pickers.
 */
@QuarkusTest
class TenancyTest {

    Account accountA;
    Employee employeeA;
    Group groupA;
    Contact contactA;
    Project projectA;
    Task taskA;

    Account accountB;
    Employee adminB;
    Employee employeeB;
    Group groupB;
    Task taskB;

    @BeforeEach
    void setUp() {
        accountA = Fixtures.account(Plan.PAID);
        Fixtures.employee(accountA, Role.ADMIN);
        employeeA = Fixtures.employee(accountA, Role.EMPLOYEE);
        groupA = Fixtures.group(accountA, Fixtures.unique("Group A "), employeeA);
        contactA = Fixtures.contact(accountA, Fixtures.unique("client-a-") + "@a.example");
        projectA = Fixtures.project(accountA);
        taskA = Fixtures.task(projectA, employeeA, contactA);

        accountB = Fixtures.account(Plan.PAID);
        adminB = Fixtures.employee(accountB, Role.ADMIN);
        employeeB = Fixtures.employee(accountB, Role.EMPLOYEE);
        groupB = Fixtures.group(accountB, Fixtures.unique("Group B "));
        taskB = Fixtures.task(Fixtures.project(accountB), employeeB);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/projects/{projectA}", "/projects/{projectA}/tasks/new", "/tasks/{taskA}",
            "/tasks/{taskA}/edit"})
    void employeeAndAdminOfAnotherAccountGetNotFoundForItsPages(String route) {
        for (Employee visitor : List.of(employeeB, adminB)) {
            Session.login(visitor.login).get(path(route)).then().statusCode(404)
                    .body(containsString("There is nothing here, or it belongs to an account you are not part of."));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/contacts/{contactA}", "/admin/employees/{employeeA}", "/admin/groups/{groupA}"})
    void adminOfAnotherAccountGetsNotFoundForItsAdminPages(String route) {
        Session.login(adminB.login).get(path(route)).then().statusCode(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/projects/{projectA}/tasks|title=Forged&status=OPEN",
            "/tasks/{taskA}/edit|title=Forged&status=DONE",
            "/tasks/{taskA}/comments|body=Forged comment",
            "/tasks/{taskA}/employees|employeeId={employeeB}",
            "/tasks/{taskA}/employees/{employeeA}/remove|",
            "/tasks/{taskA}/contacts|name=Forged&email=forged@b.example",
            "/tasks/{taskA}/contacts/{contactA}/remove|",
            "/tasks/{taskB}/employees|employeeId={employeeA}",
            "/tasks/{taskB}/contacts|contactId={contactA}"})
    void formsOnAnotherAccountsRecordsAreNotFoundAndChangeNothing(String route, String form) {
        for (Employee visitor : List.of(employeeB, adminB)) {
            assertRefusedWithoutChange(visitor, route, form);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/admin/contacts/{contactA}/edit|name=Forged&email=forged@b.example",
            "/admin/contacts/{contactA}/delete|",
            "/admin/employees/{employeeA}/edit|displayName=Forged&role=ADMIN",
            "/admin/employees/{employeeA}/password|password=forged-password-1",
            "/admin/employees/{employeeA}/delete|",
            "/admin/groups/{groupA}/rename|name=Forged",
            "/admin/groups/{groupA}/members|members={employeeB}",
            "/admin/groups/{groupA}/delete|",
            "/admin/employees|login=forged.login&displayName=Forged&role=EMPLOYEE&password=forged-password-1&groups={groupA}",
            "/admin/employees/{employeeB}/edit|displayName=Forged&role=EMPLOYEE&groups={groupA}",
            "/admin/groups/{groupB}/members|members={employeeA}"})
    void adminFormsOnAnotherAccountsRecordsAreNotFoundAndChangeNothing(String route, String form) {
        assertRefusedWithoutChange(adminB, route, form);
    }

    @Test
    void listsAndPickersNeverShowAnotherAccountsRecords() {
        for (Employee visitor : List.of(employeeB, adminB)) {
            Session session = Session.login(visitor.login);
            session.get("/projects").then().statusCode(200).body(not(containsString(projectA.name)));
            session.get("/tasks/" + taskB.id).then().statusCode(200)
                    .body(not(containsString(employeeA.displayName)))
                    .body(not(containsString(contactA.email)));
        }
        Session admin = Session.login(adminB.login);
        admin.get("/admin/employees").then().statusCode(200).body(not(containsString(employeeA.login)));
        admin.get("/admin/groups").then().statusCode(200).body(not(containsString(groupA.name)));
        admin.get("/admin/contacts").then().statusCode(200).body(not(containsString(contactA.email)));
        admin.get("/admin/employees/new").then().statusCode(200).body(not(containsString(groupA.name)));
        admin.get("/admin/employees/" + employeeB.id).then().statusCode(200).body(not(containsString(groupA.name)));
        admin.get("/admin/groups/" + groupB.id).then().statusCode(200).body(not(containsString(employeeA.displayName)));
    }

    @Test
    void theSameListsShowTheAccountsOwnRecords() {
        Session admin = Session.login(adminB.login);
        admin.get("/admin/employees").then().body(containsString(employeeB.login));
        admin.get("/admin/groups").then().body(containsString(groupB.name));
        admin.get("/tasks/" + taskB.id).then().body(containsString(adminB.displayName));
    }

    private void assertRefusedWithoutChange(Employee visitor, String route, String form) {
        String beforeA = AccountSnapshot.of(accountA);
        String beforeB = AccountSnapshot.of(accountB);
        Session session = Session.login(visitor.login);
        session.post(path(route), form(form)).then().statusCode(404);
        assertEquals(beforeA, AccountSnapshot.of(accountA), "account A changed after " + route);
        assertEquals(beforeB, AccountSnapshot.of(accountB), "account B changed after " + route);
    }

    private String path(String route) {
        return route.replace("{projectA}", String.valueOf(projectA.id))
                .replace("{taskA}", String.valueOf(taskA.id))
                .replace("{taskB}", String.valueOf(taskB.id))
                .replace("{contactA}", String.valueOf(contactA.id))
                .replace("{employeeA}", String.valueOf(employeeA.id))
                .replace("{employeeB}", String.valueOf(employeeB.id))
                .replace("{groupA}", String.valueOf(groupA.id))
                .replace("{groupB}", String.valueOf(groupB.id));
    }

    /** "a=1&b=2" with placeholders filled in; a key given twice becomes a list, as a form with checkboxes sends it. */
    private Map<String, Object> form(String encoded) {
        Map<String, Object> form = new HashMap<>();
        if (encoded == null || encoded.isBlank()) {
            return form;
        }
        Map<String, List<String>> values = new HashMap<>();
        for (String pair : path(encoded).split("&")) {
            String[] kv = pair.split("=", 2);
            values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
        }
        values.forEach((k, v) -> form.put(k, v.size() == 1 ? v.get(0) : v));
        return form;
    }
}
