package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.subethamail.smtp.server.SMTPServer;

/**
 * With a keystore configured the listener offers STARTTLS: a client that requires TLS and verifies the
 * certificate and host name delivers a reply over an encrypted connection.
 */
@QuarkusTest
class ListenerTlsTest {

    private static final Path KEYSTORE = Path.of("target", "test-keystores", "inbound-listener.p12");
    private static final String PASSWORD = "listener-pass";

    @Inject
    InboundMail inbound;

    SMTPServer server;
    Account account;
    Task task;
    String sentId;
    String sender;

    @BeforeAll
    static void createKeystore() throws Exception {
        Files.createDirectories(KEYSTORE.getParent());
        Files.deleteIfExists(KEYSTORE);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "inbound", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                "-keystore", KEYSTORE.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));
    }

    @BeforeEach
    void setUp() {
        server = InboundListener.open(new ListenerOptions("127.0.0.1", 0, 1024 * 1024, Optional.of(KEYSTORE),
                PASSWORD.toCharArray()), inbound, "localhost");
        account = Fixtures.account(Plan.PAID);
        Employee alice = Fixtures.employee(account, Role.EMPLOYEE);
        sender = Fixtures.unique("nina") + "@client.example";
        task = Fixtures.task(Fixtures.project(account), alice, Fixtures.contact(account, sender));
        sentId = InboundFixtures.sentMessage(task, alice, Fixtures.contact(account, Fixtures.unique("x") + "@x.example"));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void replyOverStartTlsWithAVerifiedCertificateBecomesAComment() throws Exception {
        Transport.send(reply(session(trusting())));
        assertEquals(List.of("Sent over TLS."), InboundRepliesTest.bodies(task));
    }

    @Test
    void clientThatDoesNotTrustTheCertificateCannotDeliver() {
        assertThrows(MessagingException.class, () -> Transport.send(reply(session(SSLContext.getDefault()))));
        assertEquals(List.of(), InboundRepliesTest.bodies(task));
    }

    private MimeMessage reply(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(sender));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address("inbox", account)));
        message.setSubject("Re: texts");
        message.setHeader("In-Reply-To", sentId);
        message.setText("Sent over TLS.");
        return message;
    }

    private Session session(SSLContext tls) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(server.getPortAllocated()));
        properties.put("mail.smtp.starttls.enable", "true");
        properties.put("mail.smtp.starttls.required", "true");
        properties.put("mail.smtp.ssl.checkserveridentity", "true");
        properties.put("mail.smtp.ssl.socketFactory", tls.getSocketFactory());
        properties.put("mail.smtp.timeout", "10000");
        return Session.getInstance(properties);
    }

    private static SSLContext trusting() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(KEYSTORE)) {
            store.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
