package app.taskmail.account;

/** The commercial plan of an account. Only paid plans (or a running trial) may send from external mailboxes. */
public enum Plan {
    FREE("Free"),
    PAID("Paid"),
    PREMIUM("Premium");

    private final String label;

    Plan(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPaid() {
        return this != FREE;
    }
}
