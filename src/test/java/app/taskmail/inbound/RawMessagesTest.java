package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.DOMAIN;
import static app.taskmail.testing.InboundFixtures.address;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /inbound/raw}: the same processing over HTTP, for an MTA pipe, behind a bearer token. */
@QuarkusTest
class RawMessagesTest {

    private static final String TOKEN = "test-inbound-token";

    Account account;
    Employee alice;
    Contact nina;
    Task task;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        task = Fixtures.task(Fixtures.project(account), alice, nina);
    }

    @Test
    void replyPostedWithTheTokenBecomesACommentAndTheAnswerSaysWhere() {
        String sentId = InboundFixtures.sentMessage(task, alice, nina);
        byte[] mail = MailText.from(nina.email, "support@acme.example", "Re: texts").header("In-Reply-To", sentId)
                .header("Delivered-To", address("inbox", account)).text("Sent through the pipe.").bytes();

        raw().header("Authorization", "Bearer " + TOKEN).body(mail).post("/inbound/raw")
                .then().statusCode(200).body(containsString("comment added to task " + task.id));
        assertEquals(List.of("Sent through the pipe."), InboundRepliesTest.bodies(task));
    }

    @Test
    void withoutTheTokenOrWithAWrongOneNothingIsCreated() {
        String replyAddress = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress(DOMAIN));
        byte[] mail = MailText.from(nina.email, replyAddress, "Re: texts").text("Forged").bytes();

        raw().body(mail).post("/inbound/raw").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
        raw().header("Authorization", "Bearer wrong-token").body(mail).post("/inbound/raw").then().statusCode(401);
        raw().header("Authorization", "Basic " + TOKEN).body(mail).post("/inbound/raw").then().statusCode(401);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Comment.count("task.id", task.id)));
    }

    @Test
    void envelopeRecipientsMayComeAsQueryParameters() {
        String replyAddress = QuarkusTransaction.requiringNew().call(() -> Task.<Task>findById(task.id).replyAddress(DOMAIN));
        byte[] mail = MailText.from(nina.email, "support@acme.example", "Re: texts").text("Envelope by query").bytes();

        raw().header("Authorization", "Bearer " + TOKEN).queryParam("to", replyAddress).queryParam("from", nina.email)
                .body(mail).post("/inbound/raw").then().statusCode(200).body(containsString("comment added"));
        assertEquals(List.of("Envelope by query"), InboundRepliesTest.bodies(task));
    }

    @Test
    void ignoredMessagesAndBadInputAreAnsweredClearly() {
        byte[] autoReply = MailText.from(nina.email, address("inbox", account), "Out of office")
                .header("Auto-Submitted", "auto-replied").bytes();
        raw().header("Authorization", "Bearer " + TOKEN).body(autoReply).post("/inbound/raw")
                .then().statusCode(200).body(containsString("ignored: automatic reply"));
        raw().header("Authorization", "Bearer " + TOKEN).body(new byte[0]).post("/inbound/raw")
                .then().statusCode(400).body(containsString("The message is empty."));
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("{}")
                .post("/inbound/raw").then().statusCode(415);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
    }

    @Test
    void endpointNeedsNeitherALoginNorACsrfToken() {
        byte[] mail = MailText.from(nina.email, address("inbox", account), "New request").text("Hello").bytes();
        given().redirects().follow(false).header("Authorization", "Bearer " + TOKEN)
                .contentType("application/octet-stream").body(mail).post("/inbound/raw")
                .then().statusCode(200).body(containsString("new task"));
    }

    private static RequestSpecification raw() {
        return given().redirects().follow(false).contentType("message/rfc822");
    }
}
