package app.taskmail.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.AccountSnapshot;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContactsTest {

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
    void listShowsNameAddressAndNumberOfTasks() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        Fixtures.contact(account, "omar@partner.example");
        Project project = Fixtures.project(account);
        Fixtures.task(project, admin, nina);
        Fixtures.task(project, admin, nina);
        session.get("/admin/contacts").then().statusCode(200)
                .body(matchesPattern("(?s).*>Contact nina@client.example</a></td>\\s*<td>nina@client.example</td>\\s*<td>2</td>.*"))
                .body(matchesPattern("(?s).*<td>omar@partner.example</td>\\s*<td>0</td>.*"));
    }

    @Test
    void createdContactIsStoredWithTheNormalisedAddress() {
        String location = session.post("/admin/contacts", Map.of("name", "Mia Client", "email", " Mia@Client.EXAMPLE "))
                .then().statusCode(303).extract().header("Location").replaceFirst("^https?://[^/]+", "");
        session.get(location).then().statusCode(200)
                .body(containsString("Contact created."))
                .body(containsString("mia@client.example"))
                .body(containsString("takes part in no task"))
                .body(containsString("<form method=\"post\" action=\"" + location + "/edit\">"))
                .body(containsString("<form method=\"post\" action=\"" + location + "/delete\">"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> Contact.count("account.id = ?1 and email = ?2", account.id, "mia@client.example")));
    }

    @Test
    void duplicateAddressIsRefusedWithTheTypedValuesKept() {
        Fixtures.contact(account, "nina@client.example");
        String before = AccountSnapshot.of(account);
        session.post("/admin/contacts", Map.of("name", "Nina Again", "email", "NINA@client.example"))
                .then().statusCode(400)
                .body(containsString("Another contact already has this address."))
                .body(containsString("value=\"Nina Again\""))
                .body(containsString("value=\"NINA@client.example\""));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void theSameAddressMayBeAContactOfAnotherAccount() {
        Fixtures.contact(Fixtures.account(Plan.PAID), "shared@client.example");
        session.post("/admin/contacts", Map.of("name", "Shared", "email", "shared@client.example"))
                .then().statusCode(303);
    }

    @Test
    void invalidAddressAndMissingOrMultiLineNameAreRefused() {
        session.post("/admin/contacts", Map.of("name", "", "email", "not-an-address"))
                .then().statusCode(400)
                .body(containsString("Type the contact&#39;s name."))
                .body(containsString("This is not a valid email address."))
                .body(containsString("value=\"not-an-address\""));
        session.post("/admin/contacts", Map.of("name", "Line\nBreak", "email", "ok@client.example"))
                .then().statusCode(400).body(containsString("The name must be a single line."));
    }

    @Test
    void editChangesNameAndAddressButNotToAnotherContactsAddress() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        Fixtures.contact(account, "omar@partner.example");
        session.post("/admin/contacts/" + nina.id + "/edit", Map.of("name", "Nina P.", "email", "Omar@Partner.example"))
                .then().statusCode(400)
                .body(containsString("Another contact already has this address."))
                .body(containsString("value=\"Nina P.\""));
        session.post("/admin/contacts/" + nina.id + "/edit", Map.of("name", "Nina Patel", "email", "Nina@New.example"))
                .then().statusCode(303);
        Contact stored = QuarkusTransaction.requiringNew().call(() -> Contact.findById(nina.id));
        assertEquals("Nina Patel", stored.name);
        assertEquals("nina@new.example", stored.email);
        session.get("/admin/contacts/" + nina.id).then().body(containsString("Contact saved."));
    }

    @Test
    void detailPageListsTheContactsTasks() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        Task task = Fixtures.task(Fixtures.project(account), admin, nina);
        session.get("/admin/contacts/" + nina.id).then().statusCode(200)
                .body(containsString("href=\"/tasks/" + task.id + "\""))
                .body(containsString(task.title));
    }

    @Test
    void contactOnATaskCannotBeDeleted() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        Fixtures.task(Fixtures.project(account), admin, nina);
        String before = AccountSnapshot.of(account);
        session.post("/admin/contacts/" + nina.id + "/delete").then().statusCode(400)
                .body(containsString("This contact takes part in 1 task, so it cannot be deleted. "
                        + "Remove it from those tasks first."));
        assertEquals(before, AccountSnapshot.of(account));
    }

    @Test
    void contactOnNoTaskIsDeleted() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        session.post("/admin/contacts/" + nina.id + "/delete").then().statusCode(303)
                .header("Location", endsWith("/admin/contacts"));
        session.get("/admin/contacts").then()
                .body(containsString("Contact nina@client.example deleted."))
                .body(not(containsString("href=\"/admin/contacts/" + nina.id + "\"")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Contact.count("id", nina.id)));
    }

    @Test
    void contactWhoseEmailedCommentsAreOnATaskIsKept() {
        Contact nina = Fixtures.contact(account, "nina@client.example");
        Task task = Fixtures.task(Fixtures.project(account), admin, nina);
        Fixtures.commentByContact(task, nina, "Here are the texts.");
        session.post("/tasks/" + task.id + "/contacts/" + nina.id + "/remove").then().statusCode(303);
        String before = AccountSnapshot.of(account);
        session.post("/admin/contacts/" + nina.id + "/delete").then().statusCode(400)
                .body(containsString("This contact wrote comments by email, which keep their author, "
                        + "so it cannot be deleted."));
        assertEquals(before, AccountSnapshot.of(account));
    }
}
