package app.taskmail.inbound;

/**
 * What became of a "Check forwarding" press ({@link ForwardingProbeSender#send}). Only {@link Kind#SENT}
 * leaves a probe behind; every other kind sent nothing and recorded nothing.
 *
 * @param address the mailbox address the probe went from and to
 * @param failure for {@link Kind#SMTP_FAILED}: the server's answer in plain words (never a password); for
 *                {@link Kind#NOT_NOW}: when to try again; otherwise {@code null}
 */
public record ProbeDelivery(Kind kind, String address, String failure) {

    public enum Kind {
        /** The mailbox's server accepted the probe, addressed from the mailbox to itself. */
        SENT,
        /** The mailbox is disabled or its current settings have not passed Test account. */
        MAILBOX_NOT_READY,
        /** The account's plan does not send from external mailboxes (PRODUCT §2). */
        PLAN_EXCLUDES,
        /** The stored password does not decrypt any more (key changed, row altered). */
        PASSWORD_UNREADABLE,
        /** Connecting, logging in or sending failed; see {@link #failure}. */
        SMTP_FAILED,
        /** Not tried: the account made too many connection checks just now; {@link #failure} says when to retry. */
        NOT_NOW
    }

    static ProbeDelivery of(Kind kind, String address) {
        return new ProbeDelivery(kind, address, null);
    }

    public boolean sent() {
        return kind == Kind.SENT;
    }
}
