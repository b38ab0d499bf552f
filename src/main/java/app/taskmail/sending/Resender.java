package app.taskmail.sending;

import app.taskmail.account.Employee;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Optional;

/**
 * Sending a failed (or waiting) message again. Allowed to the comment's author and to admins. The addresses
 * it may go from are resolved again, now, for the message's <em>author</em> — the mail speaks for the author,
 * whoever presses the button — so a resend never uses an address the author may no longer use.
 */
@ApplicationScoped
public class Resender {

    static final String NOT_ALLOWED = "This message cannot go from that address. Choose one of the addresses listed.";
    static final String NOT_RESENDABLE = "This message is no longer failed or waiting; reload the page to see where it stands.";

    @Inject
    Senders senders;

    @Inject
    Outbox outbox;

    public static boolean mayResend(Employee actor, OutgoingMessage message) {
        return message.author != null
                && (actor.isAdmin() || message.author.id.equals(actor.id));
    }

    /** The addresses the message may go from now, or null when this employee may not resend it now. */
    public SenderOptions optionsFor(Employee viewer, OutgoingMessage message) {
        if (!message.resendable() || !mayResend(viewer, message)) {
            return null;
        }
        return senders.optionsFor(message.author, message.task);
    }

    /**
     * Re-queues the message from the chosen address.
     *
     * @return the message to show next to the address choice when it is refused; empty when re-queued
     * @throws ForbiddenException when the employee is neither the author nor an admin
     */
    @Transactional(TxType.MANDATORY)
    public Optional<String> resend(Employee actor, OutgoingMessage message, String choice) {
        if (!mayResend(actor, message)) {
            throw new ForbiddenException();
        }
        if (!message.resendable()) {
            return Optional.of(NOT_RESENDABLE);
        }
        Optional<SenderOption> chosen = senders.optionsFor(message.author, message.task).choose(choice);
        if (chosen.isEmpty()) {
            return Optional.of(NOT_ALLOWED);
        }
        outbox.requeue(message, chosen.get());
        return Optional.empty();
    }
}
