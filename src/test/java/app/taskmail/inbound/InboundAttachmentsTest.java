package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.address;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Attachment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.Session;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files that come with a reply are kept with the comment and downloadable by the account only. */
@QuarkusTest
class InboundAttachmentsTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Inject
    InboundListener listener;

    Account account;
    Employee alice;
    Contact nina;
    Task task;
    String sentId;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        alice = Fixtures.employee(account, Role.EMPLOYEE);
        nina = Fixtures.contact(account, Fixtures.unique("nina") + "@client.example");
        task = Fixtures.task(Fixtures.project(account), alice, nina);
        sentId = InboundFixtures.sentMessage(task, alice, nina);
    }

    @Test
    void pdfFromAReplyIsDownloadableFromTheTaskPageByTheAccountAndNotFoundForAnother() {
        byte[] mail = MailText.from(nina.email, "support@acme.example", "Re: offer").header("In-Reply-To", sentId)
                .text("The signed offer is attached.").file("offer signed.pdf", "application/pdf", PDF).bytes();
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, address("inbox", account), mail).code());

        Attachment stored = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("comment.task.id", task.id).singleResult());
        String link = "/tasks/" + task.id + "/attachments/" + stored.id;
        Session session = Session.login(alice.login);
        session.get("/tasks/" + task.id).then().statusCode(200)
                .body(containsString("The signed offer is attached."))
                .body(containsString("href=\"" + link + "\""))
                .body(containsString("offer signed.pdf"));

        byte[] downloaded = session.request().get(link).then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", startsWith("attachment; filename=\"offer signed.pdf\""))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);

        Account other = Fixtures.account(Plan.PAID);
        Employee stranger = Fixtures.employee(other, Role.ADMIN);
        Session.login(stranger.login).request().get(link).then().statusCode(404);
    }

    @Test
    void attachmentAddressedThroughAnotherTaskOfTheSameAccountIsNotFound() {
        byte[] mail = MailText.from(nina.email, "support@acme.example", "Re: offer").header("In-Reply-To", sentId)
                .file("notes.txt", "text/plain", "notes".getBytes(StandardCharsets.US_ASCII)).bytes();
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, address("inbox", account), mail).code());
        Task otherTask = Fixtures.task(Fixtures.project(account), alice);
        long id = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("comment.task.id", task.id).singleResult().id);

        Session session = Session.login(alice.login);
        session.request().get("/tasks/" + otherTask.id + "/attachments/" + id).then().statusCode(404);
        session.request().get("/tasks/" + task.id + "/attachments/" + id).then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"notes.txt\""));
    }

    @Test
    void fileNameIsMadeSafeForDownload() {
        byte[] mail = MailText.from(nina.email, "support@acme.example", "Re: offer").header("In-Reply-To", sentId)
                .file("../../etc/pass\\\"wd.pdf", "application/pdf", PDF).bytes();
        assertEquals(250, SmtpClient.send(listener.port(), nina.email, address("inbox", account), mail).code());

        String name = QuarkusTransaction.requiringNew().call(() -> Attachment.<Attachment>find("comment.task.id", task.id).singleResult().fileName);
        assertEquals("passwd.pdf", name);
    }
}
