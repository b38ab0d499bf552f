package app.taskmail.testing;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A mail provider's submission port, for real: SubEthaSMTP on 127.0.0.1 with STARTTLS required (the test
 * certificate), AUTH required and checked against the given users, and — like Postfix with
 * {@code reject_sender_login_mismatch} — optionally refusing at RCPT a sender address the login does not
 * own: {@code 553 5.7.1 <addr>: Sender address rejected: not owned by user x}. It records the login, the
 * envelope sender, the recipients and the raw bytes of every message it accepted.
 */
public final class SubmissionServer implements AutoCloseable {

    /** One accepted message. */
    public record Received(String login, String envelopeSender, List<String> recipients, byte[] raw) {
        public MimeMessage message() {
            return Mails.parse(raw);
        }

        public String header(String name) {
            return Mails.header(message(), name);
        }
    }

    private final SMTPServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, String> passwords;
    private final Map<String, String> ownedAddresses;

    /**
     * @param passwords      login → password of the accounts it knows
     * @param ownedAddresses login → the only sender address that login may use; empty: any sender is fine
     */
    public SubmissionServer(Map<String, String> passwords, Map<String, String> ownedAddresses) {
        this.passwords = Map.copyOf(passwords);
        this.ownedAddresses = Map.copyOf(ownedAddresses);
        this.server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .startTlsSocketFactory(TestCertificates.serverContext())
                .enableTLS().requireTLS().requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(this::checkLogin))
                .messageHandlerFactory(Handler::new)
                .build();
        server.start();
    }

    public int port() {
        return server.getPortAllocated();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> withMessageId(String messageId) {
        return received.stream().filter(r -> messageId.equals(r.header("Message-ID"))).toList();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void checkLogin(String login, String password, MessageContext context) throws LoginFailedException {
        if (!password.equals(passwords.get(login))) {
            throw new LoginFailedException();
        }
    }

    private final class Handler implements MessageHandler {
        private final MessageContext context;
        private String sender;
        private final List<String> recipients = new ArrayList<>();

        Handler(MessageContext context) {
            this.context = context;
        }

        private String login() {
            return context.getAuthenticationHandler().map(h -> String.valueOf(h.getIdentity())).orElse(null);
        }

        @Override
        public void from(String from) {
            sender = from;
        }

        @Override
        public void recipient(String recipient) throws RejectException {
            String owned = ownedAddresses.get(login());
            if (!ownedAddresses.isEmpty() && (owned == null || !owned.equalsIgnoreCase(sender))) {
                throw new RejectException(553, "5.7.1 <" + sender + ">: Sender address rejected: not owned by user "
                        + login());
            }
            recipients.add(recipient);
        }

        @Override
        public String data(InputStream data) throws IOException {
            received.add(new Received(login(), sender, List.copyOf(recipients), data.readAllBytes()));
            return null;
        }

        @Override
        public void done() {
            // nothing to clean up
        }
    }
}
