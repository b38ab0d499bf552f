package app.taskmail.sending;

/** Where an outgoing message stands. Only QUEUED and RETRYING messages are picked up by the dispatcher. */
public enum DeliveryStatus {
    QUEUED("queued"),
    /** Claimed by a dispatcher under a lease; if the lease expires (crashed instance) it is retried. */
    SENDING("sending"),
    SENT("sent"),
    RETRYING("retrying"),
    FAILED("failed");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
