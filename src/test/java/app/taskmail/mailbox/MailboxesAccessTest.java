package app.taskmail.mailbox;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may see and change which mailboxes: roles, owners and accounts. */
@QuarkusTest
class MailboxesAccessTest {

    Account account;
    Employee admin;
    Employee ann;
    Employee bob;
    Mailbox company;
    Mailbox annsBox;
    Mailbox bobsBox;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        admin = Fixtures.employee(account, Role.ADMIN);
        ann = Fixtures.employee(account, Role.EMPLOYEE);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
        company = Fixtures.mailbox(account, null);
        annsBox = Fixtures.mailbox(account, ann);
        bobsBox = Fixtures.mailbox(account, bob);
    }

    static Map<String, Object> draft(String email) {
        return Map.of("preset", "CUSTOM", "email", email, "host", "127.0.0.1", "port", "465", "security", "SSL_TLS",
                "username", email, "password", "draft-password", "projects", "all", "access", "all");
    }

    private void assertAllMailboxesUnchanged() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Mailbox before : List.of(company, annsBox, bobsBox)) {
                Mailbox now = Mailbox.findById(before.id);
                assertNotNull(now, before.email + " still exists");
                assertEquals(before.email, now.email);
                assertEquals(before.enabled, now.enabled);
            }
            assertEquals(3L, Mailbox.count("account.id", account.id));
        });
    }

    @Test
    void anEmployeeIsForbiddenTheCompanyMailboxes() {
        Session session = Session.login(ann.login);
        for (String path : List.of("/admin/settings/email", "/admin/settings/email/new",
                "/admin/settings/email/" + company.id)) {
            session.get(path).then().statusCode(403).body(containsString("Not allowed"));
        }
        session.post("/admin/settings/email", draft("sneaky@acme.test")).then().statusCode(403);
        session.post("/admin/settings/email/" + company.id + "/delete").then().statusCode(403);
        session.post("/admin/settings/email/" + company.id, draft("sneaky@acme.test")).then().statusCode(403);
        assertAllMailboxesUnchanged();
    }

    @Test
    void anEmployeeIsForbiddenTheAdminPagesOfAnyEmployeesMailboxes() {
        Session session = Session.login(ann.login);
        for (String path : List.of("/admin/employees/" + bob.id + "/mailboxes",
                "/admin/employees/" + bob.id + "/mailboxes/" + bobsBox.id, "/admin/employees/" + ann.id + "/mailboxes")) {
            session.get(path).then().statusCode(403);
        }
        session.post("/admin/employees/" + bob.id + "/mailboxes/" + bobsBox.id + "/delete").then().statusCode(403);
        session.post("/admin/employees/" + bob.id + "/mailboxes", draft("sneaky@acme.test")).then().statusCode(403);
        assertAllMailboxesUnchanged();
    }

    @Test
    void myMailboxesShowOnlyMineAndAnotherEmployeesAreNotFound() {
        Session session = Session.login(ann.login);
        session.get("/profile/mailboxes").then().statusCode(200)
                .body(containsString(annsBox.email))
                .body(not(containsString(bobsBox.email)))
                .body(not(containsString(company.email)));
        session.get("/profile/mailboxes/" + annsBox.id).then().statusCode(200).body(containsString(annsBox.email));
        for (Mailbox foreign : List.of(bobsBox, company)) {
            session.get("/profile/mailboxes/" + foreign.id).then().statusCode(404);
        }
        session.get("/profile/mailboxes");
        for (Mailbox foreign : List.of(bobsBox, company)) {
            session.post("/profile/mailboxes/" + foreign.id, draft("taken@acme.test")).then().statusCode(404);
            session.post("/profile/mailboxes/" + foreign.id + "/test", draft("taken@acme.test")).then().statusCode(404);
            session.post("/profile/mailboxes/" + foreign.id + "/delete").then().statusCode(404);
        }
        assertAllMailboxesUnchanged();
    }

    @Test
    void anEmployeeAddsAPersonalMailboxForThemselfOnly() {
        Session session = Session.login(ann.login);
        session.get("/profile/mailboxes/new").then().statusCode(200)
                .body(containsString("New personal mailbox"))
                .body(not(containsString("Who may send from it")));

        session.post("/profile/mailboxes", draft("ann.private@acme.test")).then().statusCode(303);

        Mailbox added = QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>find("email", "ann.private@acme.test")
                .singleResult());
        assertEquals(MailboxScope.EMPLOYEE, added.scope);
        assertEquals(ann.id, QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>findById(added.id).owner.id));
    }

    @Test
    void anAdminManagesAnyEmployeesMailboxesButOnlyUnderThatEmployee() {
        Session session = Session.login(admin.login);
        session.get("/admin/employees/" + bob.id + "/mailboxes").then().statusCode(200)
                .body(containsString(bobsBox.email)).body(not(containsString(annsBox.email)))
                .body(containsString("Mailboxes of " + bob.displayName));
        session.get("/admin/employees/" + bob.id + "/mailboxes/" + annsBox.id).then().statusCode(404);
        session.get("/admin/settings/email/" + annsBox.id).then().statusCode(404);
        session.get("/admin/settings/email").then().body(containsString(company.email)).body(not(containsString(bobsBox.email)));

        session.post("/admin/employees/" + bob.id + "/mailboxes", draft("bob.sales@acme.test")).then().statusCode(303);

        assertEquals(bob.id, QuarkusTransaction.requiringNew().call(
                () -> Mailbox.<Mailbox>find("email", "bob.sales@acme.test").singleResult().owner.id));
    }

    @Test
    void anAdminOfAnotherAccountFindsNothingOfThisAccount() {
        Session stranger = Session.login(Fixtures.employee(Fixtures.account(Plan.PAID), Role.ADMIN).login);
        List<String> pages = List.of("/admin/settings/email/" + company.id, "/admin/settings/email/" + annsBox.id,
                "/admin/employees/" + ann.id + "/mailboxes", "/admin/employees/" + ann.id + "/mailboxes/new",
                "/admin/employees/" + ann.id + "/mailboxes/" + annsBox.id, "/profile/mailboxes/" + annsBox.id,
                "/profile/mailboxes/" + company.id);
        for (String path : pages) {
            stranger.get(path).then().statusCode(404);
        }
        for (String action : List.of("", "/test", "/preset", "/enable", "/disable", "/delete")) {
            stranger.post("/admin/settings/email/" + company.id + action, draft(company.email)).then().statusCode(404);
            stranger.post("/admin/employees/" + ann.id + "/mailboxes/" + annsBox.id + action, draft(annsBox.email))
                    .then().statusCode(404);
            stranger.post("/profile/mailboxes/" + annsBox.id + action, draft(annsBox.email)).then().statusCode(404);
        }
        stranger.post("/admin/employees/" + ann.id + "/mailboxes", draft("planted@acme.test")).then().statusCode(404);
        stranger.get("/admin/settings/email").then().statusCode(200).body(not(containsString(company.email)));
        assertAllMailboxesUnchanged();
    }
}
