package app.taskmail.mailbox;

/** Whose a mailbox is: the company's, usable by the employees its access allows, or one employee's own. */
public enum MailboxScope {
    /** A company mailbox; admins manage it and its access decides who may send from it. */
    ACCOUNT("company"),
    /** A personal mailbox; only its owner may send from it. */
    EMPLOYEE("personal");

    private final String label;

    MailboxScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
