package app.taskmail.inbound;

/** Why a message that was received created nothing. Each is logged on one line, without the body. */
public enum IgnoreReason {
    AUTO_REPLY("automatic reply (Auto-Submitted or X-Autoreply)"),
    BULK("bulk or list mail (Precedence)"),
    MAILING_LIST("mailing list message (List-Id)"),
    DELIVERY_REPORT("delivery or read report"),
    OWN_MESSAGE("a message Taskmail sent itself"),
    OWN_SENDER("sent from a Taskmail address"),
    NO_SENDER("no usable sender address"),
    WRONG_REPLY_ADDRESS("reply address does not belong to a task of this account"),
    NO_TASK("no task matched, and the address is neither an employee's nor the inbox"),
    UNKNOWN_ACCOUNT("no account has this address"),
    NO_RECIPIENT("no Taskmail address among the recipients");

    private final String text;

    IgnoreReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
