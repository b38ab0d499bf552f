package app.taskmail.sending;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of one delivery attempt as it is written back to the outbox (see {@link OutboxStore#finish}).
 *
 * @param sender    set when the message went from another sender than the one queued (the documented plan
 *                  fallback to the internal address); {@code null} otherwise
 * @param attention set when the mailbox must be marked as needing attention
 */
public record Finish(Instant at, DeliveryStatus status, Instant nextAttemptAt, String lastError,
        FailureKind failureKind, SenderUsed sender, Attention attention) {

    /** The sender actually used, and why it differs from the chosen one. */
    public record SenderUsed(SenderKind kind, String fromEmail, String fromName, String fallbackReason) {
    }

    /** The mailbox problem to record, for the settings version that was used. */
    public record Attention(long mailboxId, int settingsVersion, String reason) {
    }

    public static Finish sent(Instant at, SenderUsed sender) {
        return new Finish(at, DeliveryStatus.SENT, null, null, null, sender, null);
    }

    public static Finish retry(Instant at, Instant next, DeliveryFailure failure) {
        return new Finish(at, DeliveryStatus.RETRYING, next, failure.summary(), failure.kind(), null, null);
    }

    /** Held back until the mailbox is fixed: due at once, but not claimed while the mailbox needs attention. */
    public static Finish waiting(Instant at, DeliveryFailure failure, Attention attention) {
        return new Finish(at, DeliveryStatus.RETRYING, at, failure.summary(), failure.kind(), null, attention);
    }

    public static Finish failed(Instant at, FailureKind kind, String summary) {
        return new Finish(at, DeliveryStatus.FAILED, null, summary, kind, null, null);
    }

    String sql() {
        StringBuilder sql = new StringBuilder("update outgoing_message set status = ?, updated_at = ?,"
                + " lease_token = null, lease_expires_at = null, last_error = ?, failure_kind = ?");
        if (status == DeliveryStatus.SENT) {
            sql.append(", sent_at = ?");
        }
        if (nextAttemptAt != null) {
            sql.append(", next_attempt_at = ?");
        }
        if (sender != null) {
            sql.append(", sender_kind = ?, from_email = ?, from_name = ?, fallback_reason = ?");
        }
        return sql.append(" where id = ? and lease_token = ? and status = 'SENDING'").toString();
    }

    List<Object> parameters(OutboxStore.Claim claim) {
        List<Object> values = new ArrayList<>(Arrays.asList(status.name(), OutboxStore.ts(at), lastError,
                failureKind == null ? null : failureKind.name()));
        if (status == DeliveryStatus.SENT) {
            values.add(OutboxStore.ts(at));
        }
        if (nextAttemptAt != null) {
            values.add(OutboxStore.ts(nextAttemptAt));
        }
        if (sender != null) {
            values.addAll(Arrays.asList(sender.kind().name(), sender.fromEmail(), sender.fromName(),
                    sender.fallbackReason()));
        }
        values.add(claim.id());
        values.add(claim.leaseToken());
        return values;
    }
}
