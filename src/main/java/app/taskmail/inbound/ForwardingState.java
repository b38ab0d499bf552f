package app.taskmail.inbound;

/** Where the forwarding check of a mailbox stands, as the mailbox page shows it. */
public enum ForwardingState {
    /** No check was made for the mailbox's current address. */
    NOT_CHECKED("not checked"),
    /** A probe was sent and has not come back yet: forwarding is not (yet) set up. */
    WAITING("waiting for the check message"),
    /** The probe came back through the provider's forwarding rule. */
    VERIFIED("forwarding verified");

    private final String label;

    ForwardingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
