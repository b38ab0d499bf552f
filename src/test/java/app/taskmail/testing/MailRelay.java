package app.taskmail.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The system relay of the tests: a real GreenMail SMTP server (plain, as a relay on the same host would be)
 * started before the application, which sends mail from internal addresses to it ({@code quarkus.mailer.*}).
 * It also points the application's mail trust at {@link TestCertificates}, so mailbox servers in tests are
 * reached with full certificate and host name checks. Started once for every {@code @QuarkusTest}.
 */
@QuarkusTestResource(MailRelay.class)
public class MailRelay implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return Map.of(
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.login", "DISABLED",
                "taskmail.mail.trust-store", TestCertificates.trustStore().toString(),
                "taskmail.mail.trust-store-password", TestCertificates.PASSWORD);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Everything the relay received so far. */
    public static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** What the relay received with this Message-ID. */
    public static List<MimeMessage> withMessageId(String messageId) {
        return received().stream().filter(m -> messageId.equals(Mails.header(m, "Message-ID"))).toList();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
