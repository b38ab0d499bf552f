package app.taskmail.sending;

import java.time.Instant;

/**
 * One outgoing message as a page shows it: its state and, when the viewer may resend it, the addresses it may
 * go from now (resolved for the message's author) with the one to pre-select.
 */
public record DeliveryView(OutgoingMessage message, DeliveryState state, SenderOptions resendOptions,
        String resendPreselect) {

    public static DeliveryView of(OutgoingMessage message, Instant now, SenderOptions resendOptions) {
        String current = message.mailbox == null ? SenderOption.INTERNAL_ID : String.valueOf(message.mailbox.id);
        return new DeliveryView(message, DeliveryState.of(message, now), resendOptions,
                resendOptions == null ? null : resendOptions.preselect(current).id());
    }

    /** A notification mail to an employee's own address, rather than a message to a contact. */
    public boolean toEmployee() {
        return message.recipientEmployee != null;
    }

    public boolean canResend() {
        return resendOptions != null;
    }

    /** Why the mailbox holds the message back, when it does. */
    public String mailboxProblem() {
        if (message.mailbox != null && message.mailbox.needsAttention()) {
            return message.mailbox.attentionReason;
        }
        if (message.waitsForMailbox()) {
            return message.lastError;
        }
        return null;
    }
}
