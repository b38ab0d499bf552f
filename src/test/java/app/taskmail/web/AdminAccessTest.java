package app.taskmail.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Contact;
import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every admin page and every admin form refuses an employee of the same account with 403, and a refused form
 * changes nothing. The forms carry valid input, so that a missing role check would show as a change.
 */
@QuarkusTest
class AdminAccessTest {

    Account account;
    Employee employee;
    Employee colleague;
    Group group;
    Contact contact;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.FREE);
        Fixtures.employee(account, Role.ADMIN);
        employee = Fixtures.employee(account, Role.EMPLOYEE);
        colleague = Fixtures.employee(account, Role.EMPLOYEE);
        group = Fixtures.group(account, "Support", colleague);
        contact = Fixtures.contact(account, Fixtures.unique("client-") + "@client.example");
        session = Session.login(employee.login);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/admin/employees", "/admin/employees/new", "/admin/employees/{colleague}",
            "/admin/employees/{me}", "/admin/groups", "/admin/groups/{group}", "/admin/contacts",
            "/admin/contacts/{contact}", "/admin/settings", "/admin/settings/plan"})
    void employeeIsRefusedEveryAdminPage(String route) {
        session.get(path(route)).then().statusCode(403)
                .body(containsString("Your role does not give access to this page."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/admin/employees|login={newLogin}&displayName=New Person&role=ADMIN&password=long-enough-pw",
            "/admin/employees/{me}/edit|displayName=Promoted&role=ADMIN&groups={group}",
            "/admin/employees/{colleague}/edit|displayName=Renamed&role=EMPLOYEE",
            "/admin/employees/{colleague}/password|password=taken-over-pw",
            "/admin/employees/{colleague}/delete|",
            "/admin/groups|name=New group",
            "/admin/groups/{group}/rename|name=Renamed",
            "/admin/groups/{group}/members|members={me}",
            "/admin/groups/{group}/delete|",
            "/admin/contacts|name=New contact&email=new@client.example",
            "/admin/contacts/{contact}/edit|name=Renamed&email=renamed@client.example",
            "/admin/contacts/{contact}/delete|",
            "/admin/settings/plan|plan=PREMIUM&trialEndsAt=2099-01-01T00:00"})
    void employeeIsRefusedEveryAdminFormAndNothingChanges(String route, String form) {
        String before = AccountSnapshot.of(account);
        session.post(path(route), form(form)).then().statusCode(403);
        assertEquals(before, AccountSnapshot.of(account));
    }

    private String path(String route) {
        return route.replace("{me}", String.valueOf(employee.id))
                .replace("{colleague}", String.valueOf(colleague.id))
                .replace("{group}", String.valueOf(group.id))
                .replace("{contact}", String.valueOf(contact.id))
                .replace("{newLogin}", Fixtures.unique("new"));
    }

    private Map<String, Object> form(String encoded) {
        Map<String, Object> form = new HashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : path(encoded).split("&")) {
                String[] kv = pair.split("=", 2);
                form.put(kv[0], kv[1]);
            }
        }
        return form;
    }
}
