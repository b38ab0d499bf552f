package app.taskmail.mailbox;

/**
 * The password a submitted mailbox form stands for, and where it came from. The password field is always
 * shown empty, so an empty field has to be read; the precedence, in one place:
 *
 * <ol>
 * <li>{@link Source#TYPED}: something was typed — that;</li>
 * <li>{@link Source#TESTED}: the form carries the token of a test made a moment ago by the same employee, for
 * the same mailbox, with the same host, port, security and username — the password typed for that test;</li>
 * <li>{@link Source#STORED}: host, port, security and username are those of the saved mailbox — its stored
 * password;</li>
 * <li>otherwise the password must be typed: a stored password is never sent to another server or login.</li>
 * </ol>
 */
record PasswordChoice(String value, Source source) {

    enum Source { TYPED, TESTED, STORED }

    /** A password that is not the saved one and must be encrypted into the mailbox on save. */
    boolean isNew() {
        return source != Source.STORED;
    }

    @Override
    public String toString() {
        return "PasswordChoice[" + source + ", value hidden]";
    }
}
