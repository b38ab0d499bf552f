package app.taskmail.bench;

import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import app.taskmail.sending.DeliveryStatus;
import app.taskmail.sending.FailureKind;
import app.taskmail.sending.OutgoingMessage;
import app.taskmail.sending.SenderKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The benchmark's outbox rows: one comment to {@code count} recipients, written in one transaction with the
 * columns the outbox fills, first due tomorrow so nothing sends while they are written; then released all at
 * once. Every figure is read back from the rows by their comment.
 */
final class BenchOutbox {

    /** One delivered row: when its round began and when it was sent. */
    record Timing(Instant queuedAt, Instant sentAt, int attempts) {
        long latencyMillis() {
            return Duration.between(queuedAt, sentAt).toMillis();
        }
    }

    private BenchOutbox() {
    }

    /** Writes the rows; {@code mailbox} null sends from the author's internal address through the relay. */
    static long queue(Task task, Employee author, Mailbox mailbox, int count) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            Instant now = Instant.now();
            Comment comment = new Comment();
            comment.task = Task.findById(task.id);
            comment.account = comment.task.account;
            comment.authorEmployee = Employee.findById(author.id);
            comment.body = "Benchmark comment";
            comment.createdAt = now;
            comment.persist();
            Mailbox from = mailbox == null ? null : Mailbox.findById(mailbox.id);
            for (int i = 0; i < count; i++) {
                OutgoingMessage m = new OutgoingMessage();
                m.account = comment.account;
                m.task = comment.task;
                m.comment = comment;
                m.author = comment.authorEmployee;
                m.mailbox = from;
                m.senderKind = from == null ? SenderKind.INTERNAL
                        : from.scope == MailboxScope.ACCOUNT ? SenderKind.COMPANY : SenderKind.PERSONAL;
                m.fromEmail = from == null ? m.author.internalAddress("taskmail.local") : from.email;
                m.fromName = "Benchmark sender";
                m.recipientEmail = "reader" + i + "@client.example";
                m.recipientName = "Reader " + i;
                m.subject = "Benchmark message " + i;
                m.messageId = "<" + UUID.randomUUID() + "@" + m.account.slug + ".taskmail.local>";
                m.bodyText = "A comment of a few lines, as people write them.\n".repeat(6);
                m.bodyHtml = "<p>" + m.bodyText + "</p>";
                m.status = DeliveryStatus.QUEUED;
                m.nextAttemptAt = now.plus(Duration.ofDays(1));
                m.queuedAt = m.createdAt = m.updatedAt = now;
                m.persist();
            }
            return comment.id;
        });
    }

    /** Makes every row of the comment due now, as if all were queued at this instant; returns that instant. */
    static Instant release(long commentId) {
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update(
                "nextAttemptAt = ?1, queuedAt = ?1 where comment.id = ?2", now, commentId));
        return now;
    }

    /** Rows neither sent nor given up yet. */
    static long open(long commentId) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.count(
                "comment.id = ?1 and status in ?2", commentId,
                List.of(DeliveryStatus.QUEUED, DeliveryStatus.SENDING, DeliveryStatus.RETRYING)));
    }

    static List<Timing> sent(long commentId) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.<OutgoingMessage>list(
                "comment.id = ?1 and status = ?2", commentId, DeliveryStatus.SENT).stream()
                .map(m -> new Timing(m.queuedAt, m.sentAt, m.attempts)).toList());
    }

    static List<String> messageIds(long commentId) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.<OutgoingMessage>list(
                "comment.id", commentId).stream().map(m -> m.messageId).toList());
    }

    /** Rows that were only claimed (never sent) are given up, so no dispatcher takes them later. */
    static void retire(long commentId) {
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update(
                "status = ?1, failureKind = ?2, lastError = ?3, leaseToken = null, leaseExpiresAt = null"
                        + " where comment.id = ?4",
                DeliveryStatus.FAILED, FailureKind.PERMANENT, "Claimed by the benchmark of the claim query only.",
                commentId));
    }
}
