package app.taskmail.sending;

import java.time.Instant;

/**
 * Where a message stands as its readers see it: the stored {@link DeliveryStatus}, with "waiting" told apart
 * (a message held back because its mailbox needs attention or its settings were changed and not tested).
 */
public enum DeliveryState {
    QUEUED("queued", "info"),
    SENDING("sending", "info"),
    SENT("sent", "ok"),
    RETRYING("retrying", "warn"),
    WAITING("waiting: mailbox needs attention", "warn"),
    FAILED("failed", "danger");

    private final String label;
    private final String badge;

    DeliveryState(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The CSS badge class. */
    public String badge() {
        return badge;
    }

    public static DeliveryState of(OutgoingMessage m, Instant now) {
        return switch (m.status) {
            case SENT -> SENT;
            case FAILED -> FAILED;
            case SENDING -> SENDING;
            case QUEUED, RETRYING -> heldByMailbox(m, now) ? WAITING : m.status == DeliveryStatus.QUEUED ? QUEUED : RETRYING;
        };
    }

    private static boolean heldByMailbox(OutgoingMessage m, Instant now) {
        if (m.waitsForMailbox()) {
            return true;
        }
        return m.senderKind != SenderKind.INTERNAL && m.mailbox != null && m.mailbox.enabled
                && m.account.mayUseExternalMailboxes(now) && (m.mailbox.needsAttention() || !m.mailbox.isVerified());
    }
}
