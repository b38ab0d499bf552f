package app.taskmail.sending;

import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.sending.Finish.Attention;
import app.taskmail.sending.Finish.SenderUsed;
import app.taskmail.sending.OutboxStore.Claim;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends one claimed message and records the outcome. Three steps, each outside the others' transactions:
 * read the row and decide the route (its own short transaction), talk SMTP (no transaction, bounded in
 * time), write the outcome under the lease ({@link OutboxStore#finish}).
 *
 * <p>The route: a message from an internal address goes through the {@link Relay}. A message from a mailbox
 * goes through that mailbox only — never from another address — unless <b>the plan no longer allows external
 * mailboxes</b> when it is dispatched (PRODUCT §2): then it goes from the author's internal address through
 * the relay and records why ({@code fallback_reason}). A message whose mailbox was deleted, switched off or
 * given another address since it was queued is not sent at all: it fails with a reason and can be resent.
 */
@ApplicationScoped
public class Delivery {

    private static final Logger LOG = Logger.getLogger(Delivery.class);

    @Inject
    MailClientPool pool;

    @Inject
    Relay relay;

    @Inject
    OutboxStore store;

    @Inject
    SendingConfig config;

    @Inject
    DeliveryMetrics metrics;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    enum Route { MAILBOX, RELAY, REFUSE }

    /** What one attempt does, decided from the outbox row and the account's plan at this moment. */
    record Attempt(Route route, OutboundMail mail, MailboxConnection connection, SenderUsed fallback,
            String refusal, Instant queuedAt, int attempts, String mailboxTag) {
    }

    public void deliver(Claim claim) {
        Attempt attempt;
        try {
            attempt = QuarkusTransaction.requiringNew().call(() -> prepare(OutgoingMessage.findById(claim.id()), Instant.now()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outgoing message %d could not be prepared; it is tried again when its lease expires", claim.id());
            return;
        }
        Optional<DeliveryFailure> failure = send(claim, attempt);
        Finish finish = outcome(attempt, failure, Instant.now());
        if (store.finish(claim, finish)) {
            metrics.record(attempt.mailboxTag(), finish.status());
        } else {
            LOG.warnf("Outgoing message %d: lease lost to another instance, outcome %s not recorded", claim.id(), finish.status());
        }
    }

    Attempt prepare(OutgoingMessage m, Instant now) {
        OutboundMail mail = OutboundMail.of(m);
        if (m.senderKind == SenderKind.INTERNAL) {
            return new Attempt(Route.RELAY, mail, null, null, null, m.queuedAt, m.attempts, "internal");
        }
        if (!m.account.mayUseExternalMailboxes(now) && m.author != null) {
            return planFallback(m, mail, now);
        }
        String tag = m.mailbox == null ? "internal" : String.valueOf(m.mailbox.id);
        String refusal = refusal(m);
        if (refusal != null) {
            return new Attempt(Route.REFUSE, mail, null, null, refusal, m.queuedAt, m.attempts, tag);
        }
        return new Attempt(Route.MAILBOX, mail, MailboxConnection.of(m.mailbox), null, null, m.queuedAt, m.attempts, tag);
    }

    /** The account lost the right to external mailboxes after queueing: the author's internal address, saying why. */
    private Attempt planFallback(OutgoingMessage m, OutboundMail mail, Instant now) {
        Employee author = m.author;
        String address = author.internalAddress(internalDomain);
        String why = "Sent from the internal address " + address + " instead of " + m.fromEmail + ": "
                + SenderResolver.planLimit(m.account, now) + ".";
        SenderUsed used = new SenderUsed(SenderKind.INTERNAL, address, author.displayName, HeaderText.singleLine(why, 300));
        return new Attempt(Route.RELAY, mail.from(address, author.displayName), null, used, null, m.queuedAt,
                m.attempts, "internal");
    }

    /** Why the recorded mailbox cannot send this message any more, or null when it can. */
    private static String refusal(OutgoingMessage m) {
        Mailbox mailbox = m.mailbox;
        if (mailbox == null) {
            return "The mailbox this message was to go from was deleted; resend it from another address.";
        }
        if (!mailbox.enabled) {
            return "The mailbox " + mailbox.email + " was switched off after this message was queued;"
                    + " resend it from another address.";
        }
        if (!mailbox.email.equalsIgnoreCase(m.fromEmail)) {
            return "The mailbox's address changed to " + mailbox.email
                    + " after this message was queued; resend it to send from the new address.";
        }
        return null;
    }

    private Optional<DeliveryFailure> send(Claim claim, Attempt attempt) {
        try {
            switch (attempt.route()) {
                case MAILBOX -> pool.send(attempt.connection(), attempt.mail());
                case RELAY -> relay.send(attempt.mail());
                case REFUSE -> {
                    return Optional.of(new DeliveryFailure(FailureKind.PERMANENT, attempt.refusal()));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            DeliveryFailure failure = DeliveryFailure.classify(e);
            LOG.infof("Outgoing message %d via %s not delivered (%s): %s", claim.id(), attempt.route(), failure.kind(),
                    failure.summary());
            LOG.debugf(e, "Outgoing message %d: client error", claim.id());
            return Optional.of(failure);
        }
    }

    Finish outcome(Attempt attempt, Optional<DeliveryFailure> result, Instant now) {
        if (result.isEmpty()) {
            return Finish.sent(now, attempt.fallback());
        }
        DeliveryFailure failure = result.get();
        if (failure.kind() == FailureKind.MAILBOX_PROBLEM && attempt.route() == Route.MAILBOX) {
            MailboxConnection c = attempt.connection();
            return Finish.waiting(now, failure, new Attention(c.mailboxId(), c.settingsVersion(), failure.summary()));
        }
        if (failure.kind() == FailureKind.PERMANENT) {
            return Finish.failed(now, FailureKind.PERMANENT, failure.summary());
        }
        // temporary failures, and relay trouble (the system's own relay is no user's mailbox to mark)
        return config.retryPolicy().nextAttempt(Math.max(1, attempt.attempts()), attempt.queuedAt(), now)
                .map(next -> Finish.retry(now, next, failure))
                .orElseGet(() -> Finish.failed(now, FailureKind.TEMPORARY,
                        "Given up after trying for " + Durations.words(config.maxLifetime()) + ". Last problem: "
                                + failure.summary()));
    }
}
