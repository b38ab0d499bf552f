package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One email to one recipient, stored before it is sent (the outbox). Everything that goes into the
 * message — From, Reply-To, subject, Message-ID, threading headers, bodies — is fixed when it is queued
 * and reused on every attempt, so a retry sends the same message and never from another address.
 */
@Entity
public class OutgoingMessage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    public Comment comment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    public Employee author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_contact_id")
    public Contact recipientContact;

    /** Set for a notification mail to an employee's own address; then there is no contact. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recipient_employee_id")
    public Employee recipientEmployee;

    public String recipientEmail;
    public String recipientName;

    /** The chosen mailbox; {@code null} when the message goes from the author's internal address. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mailbox_id")
    public Mailbox mailbox;

    @Enumerated(EnumType.STRING)
    public SenderKind senderKind;

    public String fromEmail;
    public String fromName;
    public String replyTo;
    public String subject;
    public String messageId;
    public String inReplyTo;
    public String referencesHeader;
    public String bodyText;
    public String bodyHtml;

    @Enumerated(EnumType.STRING)
    public DeliveryStatus status = DeliveryStatus.QUEUED;

    public int attempts;
    public Instant nextAttemptAt;
    public UUID leaseToken;
    public Instant leaseExpiresAt;
    /** A safe summary in plain words of the last failure (the server's reply, never a Java message). */
    public String lastError;

    @Enumerated(EnumType.STRING)
    public FailureKind failureKind;

    public String fallbackReason;

    /** Start of the current round of attempts: the retry lifetime counts from here; a resend restarts it. */
    public Instant queuedAt;

    public int resends;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant sentAt;

    /** Still to be sent, but held back because its mailbox needs attention (see {@link FailureKind#MAILBOX_PROBLEM}). */
    public boolean waitsForMailbox() {
        return status == DeliveryStatus.RETRYING && failureKind == FailureKind.MAILBOX_PROBLEM;
    }

    /**
     * A failed message, or one waiting for its mailbox, may be sent again by hand (from the same or another
     * address). Not a notification mail to an employee: it always goes through the system relay, and the author's
     * mailboxes are no address to send a colleague's notice from.
     */
    public boolean resendable() {
        return recipientEmployee == null && (status == DeliveryStatus.FAILED || waitsForMailbox());
    }

    public static Optional<OutgoingMessage> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    /** The messages of a task, oldest first, with their mailboxes. */
    public static List<OutgoingMessage> listForTask(Task task) {
        return list("from OutgoingMessage o left join fetch o.mailbox where o.task = ?1 order by o.createdAt, o.id", task);
    }

    /** Message-IDs of the task's earlier messages to one address, oldest first: the thread that address has seen. */
    public static List<String> threadOf(Task task, String recipientEmail) {
        return getEntityManager().createQuery("select o.messageId from OutgoingMessage o where o.task = ?1"
                        + " and lower(o.recipientEmail) = lower(?2) order by o.createdAt, o.id", String.class)
                .setParameter(1, task).setParameter(2, recipientEmail).getResultList();
    }
}
