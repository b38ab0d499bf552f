package app.taskmail.sending;

import app.taskmail.account.Employee;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells employees of a new comment, inside the transaction that adds it ({@code MANDATORY}): every notified
 * employee gets an in-app {@link Notification}; one who chose "Email me when I am notified" on My profile
 * also gets one {@link OutgoingMessage} to their own address, queued in the outbox like a contact's. The
 * comment's author is never notified of their own comment.
 *
 * <p><b>The notification mail</b> always goes through the system relay ({@link SenderKind#INTERNAL}), never
 * from a mailbox: it is Taskmail telling a colleague, not the company writing to a client. From is the
 * author's internal address and name for an employee's comment, and the account inbox
 * {@code inbox@<slug>.<internal-domain>} with the contact's name (or address) for a contact's reply (so the name says who
 * wrote, and an answer never goes to the contact directly). Reply-To, subject, threading and bodies are the
 * usual ones ({@link MailComposer}); the body also links to the task. Answers come back to the task reply
 * address from the employee's own address, and inbound mail attributes them to the employee.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    MailComposer composer;

    @Inject
    Event<OutboxChanged> changed;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    @Transactional(TxType.MANDATORY)
    public void notify(Comment comment, Collection<Employee> employees) {
        Set<Employee> notified = new LinkedHashSet<>(employees);
        if (comment.authorEmployee != null) {
            notified.removeIf(e -> e.id.equals(comment.authorEmployee.id));
        }
        Instant now = Instant.now();
        boolean mailed = false;
        for (Employee employee : notified) {
            notifyInApp(comment, employee, now);
            if (employee.notificationAddress().isPresent()) {
                mail(comment, employee, now);
                mailed = true;
            }
        }
        if (mailed) {
            changed.fire(new OutboxChanged());
        }
    }

    /** The relay sender of a notification mail about this comment (see the class comment). */
    SenderOption senderFor(Comment comment) {
        if (comment.authorEmployee != null) {
            Employee author = comment.authorEmployee;
            return new SenderOption(SenderOption.INTERNAL_ID, SenderKind.INTERNAL,
                    author.internalAddress(internalDomain), author.displayName, null, null);
        }
        Contact contact = comment.authorContact;
        String name = contact.name == null || contact.name.isBlank() ? contact.email : contact.name;
        String inbox = "inbox@" + comment.account.slug + "." + internalDomain;
        return new SenderOption(SenderOption.INTERNAL_ID, SenderKind.INTERNAL, inbox, name, null, null);
    }

    private void mail(Comment comment, Employee employee, Instant now) {
        OutgoingMessage message = new OutgoingMessage();
        message.account = comment.account;
        message.task = comment.task;
        message.comment = comment;
        message.author = comment.authorEmployee;
        message.recipientEmployee = employee;
        message.recipientEmail = employee.notificationAddress().orElseThrow();
        message.recipientName = HeaderText.singleLine(employee.displayName, 200);
        composer.compose(message, comment, senderFor(comment), null);
        message.status = DeliveryStatus.QUEUED;
        message.nextAttemptAt = message.queuedAt = message.createdAt = message.updatedAt = now;
        message.persist();
    }

    private static void notifyInApp(Comment comment, Employee employee, Instant now) {
        Notification notification = new Notification();
        notification.account = comment.account;
        notification.employee = employee;
        notification.task = comment.task;
        notification.comment = comment;
        notification.createdAt = now;
        notification.persist();
    }
}
