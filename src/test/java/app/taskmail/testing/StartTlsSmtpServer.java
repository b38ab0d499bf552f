package app.taskmail.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A submission server like the ones providers run (SubEthaSMTP): STARTTLS required before anything else,
 * AUTH required, AUTH offered only after STARTTLS, a wrong password answered with {@code 535}. Optionally
 * it refuses senders the login does not own at RCPT, as Postfix does:
 * {@code 553 5.7.1 <addr>: Sender address rejected: not owned by user <login>}.
 *
 * <pre>{@code
 * try (StartTlsSmtpServer server = StartTlsSmtpServer.builder().user("ann", "pw", "ann@example.com")
 *         .rejectForeignSenders().start()) { ... server.port() ... server.messages() ... }
 * }</pre>
 * Messages that arrive are kept ({@link #messages()}). A {@link ClearTextRecorder} in front of it records
 * any AUTH before TLS.
 */
public final class StartTlsSmtpServer implements TestSmtpServer {

    /** One accepted message: envelope and raw content. */
    public record Received(String login, String from, List<String> recipients, byte[] data) {
    }

    private final SMTPServer server;
    private final ClearTextRecorder recorder;
    private final List<Received> messages = new CopyOnWriteArrayList<>();

    private StartTlsSmtpServer(Builder builder) {
        server = SMTPServer.port(0)
                .bindAddress(InetAddress.getLoopbackAddress())
                .hostName("localhost")
                .startTlsSocketFactory(TestCertificates.serverContext(builder.keyStore))
                .enableTLS()
                .requireTLS()
                .requireAuth()
                .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(builder::login))
                .messageHandlerFactory(context -> new Handler(context, builder))
                .build();
        server.start();
        recorder = ClearTextRecorder.inFrontOf(server.getPortAllocated());
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public int port() {
        return recorder.port();
    }

    @Override
    public boolean authAttemptedInClear() {
        return recorder.authAttemptedInClear();
    }

    public List<String> clearTextCommands() {
        return recorder.clearTextCommands();
    }

    public List<Received> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void close() {
        recorder.close();
        server.stop();
    }

    public static final class Builder {
        private final Map<String, String> passwords = new HashMap<>();
        private final Map<String, Set<String>> owned = new HashMap<>();
        private boolean rejectForeignSenders;
        private Path keyStore = TestCertificates.trustedServerKeyStore();

        /** A login with its password and the addresses it owns. */
        public Builder user(String login, String password, String... addresses) {
            passwords.put(login, password);
            owned.computeIfAbsent(login, l -> new HashSet<>())
                    .addAll(List.of(addresses).stream().map(a -> a.toLowerCase(Locale.ROOT)).toList());
            return this;
        }

        /** Refuse, at RCPT, a MAIL FROM address the logged-in user does not own. */
        public Builder rejectForeignSenders() {
            rejectForeignSenders = true;
            return this;
        }

        /** Present the certificate that no trust store contains. */
        public Builder untrustedCertificate() {
            keyStore = TestCertificates.untrustedServerKeyStore();
            return this;
        }

        public StartTlsSmtpServer start() {
            return new StartTlsSmtpServer(this);
        }

        private void login(String login, String password, MessageContext context) throws LoginFailedException {
            if (!password.equals(passwords.get(login))) {
                throw new LoginFailedException();
            }
        }

        private boolean owns(String login, String address) {
            return owned.getOrDefault(login, Set.of()).contains(address.toLowerCase(Locale.ROOT));
        }
    }

    private final class Handler implements MessageHandler {
        private final MessageContext context;
        private final Builder config;
        private final List<String> recipients = new ArrayList<>();
        private String from;

        Handler(MessageContext context, Builder config) {
            this.context = context;
            this.config = config;
        }

        private String login() {
            return context.getAuthenticationHandler().map(h -> String.valueOf(h.getIdentity())).orElse("");
        }

        @Override
        public void from(String address) {
            from = address;
        }

        @Override
        public void recipient(String address) throws RejectException {
            if (config.rejectForeignSenders && !config.owns(login(), from)) {
                throw new RejectException(553, "5.7.1 <" + from + ">: Sender address rejected: not owned by user " + login());
            }
            recipients.add(address);
        }

        @Override
        public String data(InputStream data) throws IOException {
            messages.add(new Received(login(), from, List.copyOf(recipients), data.readAllBytes()));
            return null;
        }

        @Override
        public void done() {
        }
    }
}
