package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * A received message that had an effect in an account: the log of incoming mail, and the guard that one
 * message makes one comment (unique per account and {@link #messageKey}, see {@link ParsedMail#key()}).
 */
@Entity
public class InboundMessage extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    public String messageKey;

    @Enumerated(EnumType.STRING)
    public Outcome.Kind outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    public Comment comment;

    public String sender;
    public Instant receivedAt;

    static boolean seen(Account account, String messageKey) {
        return count("account = ?1 and messageKey = ?2", account, messageKey) > 0;
    }

    static void record(Account account, String messageKey, Outcome.Kind outcome, Task task, Comment comment,
            String sender) {
        InboundMessage message = new InboundMessage();
        message.account = account;
        message.messageKey = messageKey;
        message.outcome = outcome;
        message.task = task;
        message.comment = comment;
        message.sender = sender;
        message.receivedAt = Instant.now();
        message.persist();
    }
}
