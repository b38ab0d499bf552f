package app.taskmail.sending;

/**
 * One address an employee may send a task's notifications from, as offered in the "Send from" dropdown.
 *
 * @param id          what the form posts: the mailbox id, or {@value #INTERNAL_ID} for the internal address
 * @param kind        personal, company or internal
 * @param address     the From address
 * @param displayName the From display name
 * @param mailboxId   the mailbox, {@code null} for the internal address
 * @param attention   why the mailbox needs attention, or {@code null}; messages from it wait until it is fixed
 */
public record SenderOption(String id, SenderKind kind, String address, String displayName, Long mailboxId,
        String attention) {

    public static final String INTERNAL_ID = "internal";

    public boolean isInternal() {
        return kind == SenderKind.INTERNAL;
    }

    public boolean needsAttention() {
        return attention != null;
    }
}
