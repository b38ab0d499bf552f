package app.taskmail.inbound;

import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxCredentials;
import app.taskmail.mailbox.SecretBox;
import app.taskmail.mailbox.SmtpConnector;
import app.taskmail.mailbox.SmtpFailure;
import app.taskmail.mailbox.SmtpProblem;
import app.taskmail.mailbox.SmtpSession;
import app.taskmail.mailbox.SmtpSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * "Check forwarding": sends the probe of {@link ForwardingCheck#prepare} from a mailbox to its own address,
 * through the mailbox's own SMTP account ({@link SmtpConnector}: guarded host, verified TLS, every reply
 * bounded by {@code taskmail.mail.connect-timeout}), synchronously.
 *
 * <p>Rules: only an enabled mailbox whose current settings passed Test account sends, and only while the
 * account may send from external mailboxes. The envelope sender and recipient are both the mailbox
 * address. The probe is recorded before it is sent, so that a fast forwarding rule cannot bring it back
 * before Taskmail knows it; when sending fails the record is withdrawn, so a failure marks nothing.
 * Call outside any transaction (it waits for the network), with the mailbox loaded in the current request.
 */
@ApplicationScoped
public class ForwardingProbeSender {

    private static final Logger LOG = Logger.getLogger(ForwardingProbeSender.class);

    @Inject
    ForwardingCheck check;

    @Inject
    SmtpConnector connector;

    @Inject
    MailboxCredentials credentials;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    public ProbeDelivery send(Mailbox mailbox) {
        if (!mailbox.enabled || !mailbox.isVerified()) {
            return ProbeDelivery.of(ProbeDelivery.Kind.MAILBOX_NOT_READY, mailbox.email);
        }
        if (!mailbox.account.mayUseExternalMailboxes(Instant.now())) {
            return ProbeDelivery.of(ProbeDelivery.Kind.PLAN_EXCLUDES, mailbox.email);
        }
        SmtpSettings settings;
        try {
            settings = credentials.settings(mailbox);
        } catch (SecretBox.SecretUnreadableException e) {
            return ProbeDelivery.of(ProbeDelivery.Kind.PASSWORD_UNREADABLE, mailbox.email);
        }
        ProbeMessage probe = check.prepare(mailbox);
        try {
            transmit(settings, probe);
            LOG.infof("forwarding probe sent from mailbox %d", mailbox.id);
            return ProbeDelivery.of(ProbeDelivery.Kind.SENT, probe.from());
        } catch (SmtpFailure failure) {
            withdraw(mailbox, probe);
            LOG.infof("forwarding probe of mailbox %d not sent: %s", mailbox.id, failure.getMessage());
            return new ProbeDelivery(ProbeDelivery.Kind.SMTP_FAILED, mailbox.email, failure.describe());
        } catch (RuntimeException e) {
            withdraw(mailbox, probe);
            throw e;
        }
    }

    private void transmit(SmtpSettings settings, ProbeMessage probe) throws SmtpFailure {
        byte[] message = ProbeMessageFormat.render(probe, ZonedDateTime.now(ZoneOffset.UTC), internalDomain);
        try (SmtpSession session = connector.open(settings)) {
            session.mailFrom(probe.from());
            try {
                session.rcptTo(probe.to());
            } catch (SmtpFailure refused) {
                // the recipient is the mailbox itself: a refusal here is the server refusing it as sender
                throw refused.problem() == SmtpProblem.RECIPIENT_REJECTED ? refused.as(SmtpProblem.SENDER_REJECTED) : refused;
            }
            session.data(message);
            session.quit();
        }
    }

    /** Forgets a probe that never left, so the status shows what it showed before. */
    private static void withdraw(Mailbox mailbox, ProbeMessage probe) {
        QuarkusTransaction.requiringNew().run(() -> ForwardingProbe.delete("mailbox.id = ?1 and messageId = ?2",
                mailbox.id, probe.messageId()));
    }
}
