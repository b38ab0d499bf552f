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
    public String lastError;
    public String failureKind;
    public String fallbackReason;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant sentAt;
}
