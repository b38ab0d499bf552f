package app.taskmail.sending;

/** What kind of address a message goes from, in the order the "Send from" choices are offered. */
public enum SenderKind {
    PERSONAL("personal"),
    COMPANY("company"),
    INTERNAL("internal");

    private final String label;

    SenderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
