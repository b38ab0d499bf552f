package app.taskmail.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupsTest {

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
    void listShowsEachGroupWithItsMemberCount() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Employee carol = Fixtures.employee(account, Role.EMPLOYEE);
        Group support = Fixtures.group(account, "Support", bob, carol);
        Group sales = Fixtures.group(account, "Sales");
        session.get("/admin/groups").then().statusCode(200)
                .body(matchesPattern("(?s).*href=\"/admin/groups/" + support.id + "\">Support</a></td>\\s*<td>2</td>.*"))
                .body(matchesPattern("(?s).*href=\"/admin/groups/" + sales.id + "\">Sales</a></td>\\s*<td>0</td>.*"));
    }

    @Test
    void createdGroupOpensItsPageToChooseMembers() {
        session.post("/admin/groups", Map.of("name", "  Night shift ")).then().statusCode(303);
        Group group = QuarkusTransaction.requiringNew().call(() -> Group.findByName(account, "Night shift").orElseThrow());
        session.get("/admin/groups/" + group.id).then().statusCode(200)
                .body(containsString("Group created. Now choose its members."))
                .body(containsString(admin.displayName))
                .body(containsString("<form method=\"post\" action=\"/admin/groups/" + group.id + "/members\">"))
                .body(containsString("<form method=\"post\" action=\"/admin/groups/" + group.id + "/rename\">"))
                .body(containsString("<form method=\"post\" action=\"/admin/groups/" + group.id + "/delete\">"));
    }

    @Test
    void duplicateNameIgnoringCaseIsRefusedAndTheTypedNameKept() {
        Fixtures.group(account, "Support");
        String before = AccountSnapshot.of(account);
        session.post("/admin/groups", Map.of("name", "SUPPORT")).then().statusCode(400)
                .body(containsString("There is already a group with this name."))
                .body(containsString("value=\"SUPPORT\""));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void sameNameInAnotherAccountIsFine() {
        Fixtures.group(Fixtures.account(Plan.FREE), "Support");
        session.post("/admin/groups", Map.of("name", "Support")).then().statusCode(303);
    }

    @Test
    void emptyOrMultiLineNamesAreRefused() {
        session.post("/admin/groups", Map.of("name", "  ")).then().statusCode(400)
                .body(containsString("Give the group a name."));
        session.post("/admin/groups", Map.of("name", "One\rTwo")).then().statusCode(400)
                .body(containsString("The name must be a single line."));
    }

    @Test
    void renameKeepsItsOwnNameFreeButRefusesAnotherGroupsName() {
        Group support = Fixtures.group(account, "Support");
        Fixtures.group(account, "Sales");
        session.post("/admin/groups/" + support.id + "/rename", Map.of("name", "sales")).then().statusCode(400)
                .body(containsString("There is already a group with this name."))
                .body(containsString("value=\"sales\""));
        session.post("/admin/groups/" + support.id + "/rename", Map.of("name", "support")).then().statusCode(303);
        session.post("/admin/groups/" + support.id + "/rename", Map.of("name", "Customer care")).then().statusCode(303);
        session.get("/admin/groups/" + support.id).then().body(containsString("Group renamed."))
                .body(containsString("<h1>Customer care</h1>"));
    }

    @Test
    void membersAreExactlyTheTickedEmployees() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Employee carol = Fixtures.employee(account, Role.EMPLOYEE);
        Group support = Fixtures.group(account, "Support", bob);
        session.post("/admin/groups/" + support.id + "/members",
                Map.of("members", List.of(String.valueOf(carol.id), String.valueOf(admin.id)))).then().statusCode(303);
        assertEquals(Set.of(carol.id, admin.id), memberIds(support));
        session.get("/admin/groups/" + support.id).then()
                .body(containsString("value=\"" + carol.id + "\" checked"))
                .body(containsString("Members saved."));
        session.post("/admin/groups/" + support.id + "/members", Map.of()).then().statusCode(303);
        assertEquals(Set.of(), memberIds(support));
    }

    @Test
    void deletingAGroupRemovesItsMembershipsButNotTheEmployees() {
        Employee bob = Fixtures.employee(account, Role.EMPLOYEE);
        Group support = Fixtures.group(account, "Support", bob);
        session.post("/admin/groups/" + support.id + "/delete").then().statusCode(303)
                .header("Location", endsWith("/admin/groups"));
        session.get("/admin/groups").then().body(containsString("Group Support deleted."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Group.count("id", support.id)));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Employee.<Employee>findById(bob.id).groups.size()));
    }

    private static Set<Long> memberIds(Group group) {
        return QuarkusTransaction.requiringNew().call(() -> Group.<Group>findById(group.id).members.stream()
                .map(e -> e.id).collect(Collectors.toSet()));
    }
}
