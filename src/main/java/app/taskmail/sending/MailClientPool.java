package app.taskmail.sending;

import app.taskmail.mailbox.HostGuard;
import app.taskmail.mailbox.SecretBox;
import app.taskmail.mailbox.SmtpFailure;
import io.vertx.core.MultiMap;
import io.vertx.core.net.PfxOptions;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One Vert.x {@link MailClient} per mailbox and settings version — never one client shared by two mailboxes,
 * so a connection logged in as one mailbox can never carry another's mail. When a mailbox's settings version
 * changes, its client is closed and replaced (a send still running on the old client then fails and is
 * retried with the new settings).
 *
 * <p>Security of every client: implicit TLS for {@code SSL_TLS}, STARTTLS <em>required</em> for
 * {@code STARTTLS} (never optional, which an attacker could strip), plain only for {@code NONE}; the server
 * certificate is checked against the JVM's trust store — or {@code taskmail.mail.trust-store}, a PKCS12 file
 * (tests) — and host names are verified as for HTTPS; trust-all is never set. Login is required whenever
 * the mailbox has a user name, limited to PLAIN and LOGIN. Every send is bounded by
 * {@code taskmail.sending.send-timeout}; the idle timeout closes a connection stuck after such a timeout.
 */
@ApplicationScoped
public class MailClientPool {

    @Inject
    Vertx vertx;

    @Inject
    SecretBox secretBox;

    @Inject
    HostGuard hostGuard;

    @Inject
    SendingConfig config;

    @ConfigProperty(name = "taskmail.mail.trust-store")
    Optional<String> trustStore;

    @ConfigProperty(name = "taskmail.mail.trust-store-password")
    Optional<String> trustStorePassword;

    private record Pooled(int settingsVersion, MailClient client) {
    }

    private final Map<Long, Pooled> clients = new ConcurrentHashMap<>();

    /**
     * Sends one message as the mailbox; throws whatever the client reports, or a timeout. The host guard runs
     * before every send, so a mailbox whose host has come to resolve to a loopback, private or metadata
     * address is refused ({@link HostRefusedException}) instead of contacted. The Vert.x client resolves the
     * name once more when it connects; the Test account and the forwarding probe connect to the very address
     * that was checked.
     */
    public void send(MailboxConnection connection, OutboundMail mail) {
        try {
            hostGuard.check(connection.host(), connection.port(), connection.security());
        } catch (SmtpFailure refused) {
            throw new HostRefusedException(refused);
        }
        client(connection).sendMail(message(mail)).await().atMost(config.sendTimeout());
    }

    /** The mailbox's host or security is not allowed; {@link SmtpFailure#describe()} says why. */
    public static final class HostRefusedException extends RuntimeException {
        private final transient SmtpFailure failure;

        HostRefusedException(SmtpFailure failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }

        public String describe() {
            return failure.describe();
        }
    }

    MailClient client(MailboxConnection connection) {
        return clients.compute(connection.mailboxId(), (id, pooled) -> {
            if (pooled != null && pooled.settingsVersion() == connection.settingsVersion()) {
                return pooled;
            }
            if (pooled != null) {
                pooled.client().closeAndForget();
            }
            return new Pooled(connection.settingsVersion(), MailClient.create(vertx, mailConfig(connection)));
        }).client();
    }

    MailConfig mailConfig(MailboxConnection c) {
        MailConfig mail = new MailConfig()
                .setHostname(c.host()).setPort(c.port())
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSslHandshakeTimeout(config.connectTimeout().toMillis()).setSslHandshakeTimeoutUnit(TimeUnit.MILLISECONDS)
                .setIdleTimeout((int) config.sendTimeout().toSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setHostnameVerificationAlgorithm("HTTPS")
                .setTrustAll(false)
                .setKeepAlive(true)
                .setMaxPoolSize(Math.max(1, config.concurrency()));
        switch (c.security()) {
            case SSL_TLS -> mail.setSsl(true).setStarttls(StartTLSOptions.DISABLED);
            case STARTTLS -> mail.setSsl(false).setStarttls(StartTLSOptions.REQUIRED);
            case NONE -> mail.setSsl(false).setStarttls(StartTLSOptions.DISABLED);
        }
        if (c.username() == null || c.username().isBlank()) {
            mail.setLogin(LoginOption.DISABLED);
        } else {
            mail.setLogin(LoginOption.REQUIRED).setAuthMethods("PLAIN LOGIN").setUsername(c.username())
                    .setPassword(secretBox.open(c.passwordCiphertext(), c.passwordKeyId(), c.accountId(), c.mailboxId()));
        }
        trustStore.filter(path -> !path.isBlank()).ifPresent(path ->
                mail.setTrustOptions(new PfxOptions().setPath(path).setPassword(trustStorePassword.orElse(""))));
        return mail;
    }

    static MailMessage message(OutboundMail mail) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        headers.set("Message-ID", HeaderText.singleLine(mail.messageId()));
        if (mail.replyTo() != null) {
            headers.set("Reply-To", HeaderText.address(mail.replyTo()));
        }
        if (mail.inReplyTo() != null) {
            headers.set("In-Reply-To", HeaderText.singleLine(mail.inReplyTo()));
        }
        if (mail.references() != null) {
            headers.set("References", HeaderText.singleLine(mail.references()));
        }
        return new MailMessage()
                .setFrom(mail.fromHeader())
                .setBounceAddress(mail.envelopeSender())
                .setTo(mail.toHeader())
                .setSubject(mail.subjectHeader())
                .setText(mail.text())
                .setHtml(mail.html())
                .setHeaders(headers);
    }

    @PreDestroy
    void closeAll() {
        clients.values().forEach(p -> p.client().closeAndForget());
        clients.clear();
    }
}
