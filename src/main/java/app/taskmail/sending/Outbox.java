package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox. Queueing runs inside the transaction that adds the comment ({@code MANDATORY}):
 * the comment, one outgoing message per notified contact and the employees' notifications ({@link Notifier}:
 * in the app, and by mail to those who asked for it) commit together or not at all. Nothing here talks to a mail server; the {@link Dispatcher} sends after the
 * commit, so a page never waits for SMTP and a crash between the two loses nothing.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    MailComposer composer;

    @Inject
    Event<OutboxChanged> changed;

    @Inject
    Notifier notifier;

    /**
     * Queues the notifications of a new comment.
     *
     * @param sender    the chosen sender, already checked against the author's options for this task
     * @param contacts  the contacts to mail (participants of the task)
     * @param employees the employees to notify in the app, and by mail when they asked for it ({@link Notifier});
     *                  the author is skipped
     */
    @Transactional(TxType.MANDATORY)
    public List<OutgoingMessage> queue(Comment comment, SenderOption sender, Collection<Contact> contacts,
            Collection<Employee> employees) {
        Mailbox mailbox = mailboxOf(comment, sender);
        Instant now = Instant.now();
        List<OutgoingMessage> messages = new ArrayList<>();
        for (Contact contact : contacts) {
            OutgoingMessage message = new OutgoingMessage();
            message.account = comment.account;
            message.task = comment.task;
            message.comment = comment;
            message.author = comment.authorEmployee;
            message.recipientContact = contact;
            message.recipientEmail = contact.email;
            message.recipientName = HeaderText.singleLine(contact.name, 200);
            composer.compose(message, comment, sender, mailbox);
            message.status = DeliveryStatus.QUEUED;
            message.nextAttemptAt = message.queuedAt = message.createdAt = message.updatedAt = now;
            message.persist();
            messages.add(message);
        }
        notifier.notify(comment, employees);
        if (!messages.isEmpty()) {
            changed.fire(new OutboxChanged());
        }
        return messages;
    }

    /**
     * Sends a failed or waiting message again from the given sender: a new round of attempts with the same
     * recipient, Message-ID and threading; From and the bodies follow the (possibly different) sender.
     */
    @Transactional(TxType.MANDATORY)
    public void requeue(OutgoingMessage message, SenderOption sender) {
        composer.fillSender(message, message.comment, sender, mailboxOf(message, sender));
        Instant now = Instant.now();
        message.status = DeliveryStatus.QUEUED;
        message.attempts = 0;
        message.nextAttemptAt = message.queuedAt = message.updatedAt = now;
        message.lastError = null;
        message.failureKind = null;
        message.fallbackReason = null;
        message.leaseToken = null;
        message.leaseExpiresAt = null;
        message.sentAt = null;
        message.resends++;
        changed.fire(new OutboxChanged());
    }

    private static Mailbox mailboxOf(OutgoingMessage message, SenderOption sender) {
        return mailboxOf(message.account, sender);
    }

    private static Mailbox mailboxOf(Comment comment, SenderOption sender) {
        return mailboxOf(comment.account, sender);
    }

    private static Mailbox mailboxOf(Account account, SenderOption sender) {
        if (sender.mailboxId() == null) {
            return null;
        }
        return Mailbox.findInAccount(account, sender.mailboxId())
                .orElseThrow(() -> new IllegalStateException("the chosen mailbox is not in the message's account"));
    }
}
