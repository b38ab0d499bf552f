package app.taskmail.project;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.Session;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TasksTest {

    Account account;
    Employee employee;
    Project project;
    Session session;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        employee = Fixtures.employee(account, Role.EMPLOYEE);
        project = Fixtures.project(account);
        session = Session.login(employee.login);
    }

    @Test
    void createTaskWithEmptyTitleReshowsFormWithMessageAndTypedValues() {
        session.post("/projects/" + project.id + "/tasks",
                        Map.of("title", "   ", "description", "Keep this description", "status", "WAITING"))
                .then().statusCode(400)
                .body(containsString("Give the task a title."))
                .body(containsString("Keep this description"))
                .body(containsString("<option value=\"WAITING\" selected>"));
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> Task.count("project.id", project.id)));
    }

    @Test
    void createdTaskOpensOnItsPageWithTheCreatorAsParticipant() {
        String location = session.post("/projects/" + project.id + "/tasks",
                        Map.of("title", "Prepare the offer", "description", "", "status", "OPEN"))
                .then().statusCode(303).extract().header("Location");
        session.get(location).then().statusCode(200)
                .body(containsString("Prepare the offer"))
                .body(containsString(employee.displayName));
        session.get("/projects/" + project.id).then().body(containsString("Prepare the offer"));
    }

    @Test
    void editingKeepsTypedValuesOnError() {
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/edit", Map.of("title", "line one\nline two", "description", "Typed"))
                .then().statusCode(400)
                .body(containsString("The title must be a single line."))
                .body(containsString("Typed"));
        session.post("/tasks/" + task.id + "/edit", Map.of("title", "Renamed", "description", "", "status", "DONE"))
                .then().statusCode(303);
        session.get("/tasks/" + task.id).then().body(containsString("Renamed")).body(containsString("Done"));
    }

    @Test
    void commentAppearsOnTheTaskPageEscaped() {
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "Hello <script>alert('x')</script> team"))
                .then().statusCode(303);
        session.get("/tasks/" + task.id).then().statusCode(200)
                .body(containsString("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; team"))
                .body(not(containsString("<script>alert")));
    }

    @Test
    void emptyCommentIsRefusedWithAMessage() {
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/comments", Map.of("body", "  "))
                .then().statusCode(400).body(containsString("Write something before adding the comment."));
    }

    @Test
    void contactCreatedOnTheFlyJoinsTheTaskAndIsReusedByAddress() {
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/contacts", Map.of("name", "Mia Client", "email", "Mia@Client.example"))
                .then().statusCode(303);
        session.get("/tasks/" + task.id).then().body(containsString("mia@client.example"));
        Task other = Fixtures.task(project, employee);
        session.post("/tasks/" + other.id + "/contacts", Map.of("name", "", "email", "mia@client.example"))
                .then().log().ifValidationFails().statusCode(303);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(
                () -> Contact.count("account.id = ?1 and email = ?2", account.id, "mia@client.example")));
    }

    @Test
    void invalidContactAddressIsRefusedNextToTheField() {
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/contacts", Map.of("name", "Typed Name", "email", "not-an-address"))
                .then().statusCode(400)
                .body(containsString("This is not a valid email address."))
                .body(containsString("Typed Name"));
    }

    @Test
    void employeesAreAddedAndRemoved() {
        Employee colleague = Fixtures.employee(account, Role.EMPLOYEE);
        Task task = Fixtures.task(project, employee);
        session.post("/tasks/" + task.id + "/employees", Map.of("employeeId", colleague.id)).then().statusCode(303);
        assertEquals(2, participants(task));
        session.post("/tasks/" + task.id + "/employees/" + colleague.id + "/remove").then().statusCode(303);
        assertEquals(1, participants(task));
    }

    private static int participants(Task task) {
        return QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).employees.size());
    }
}
