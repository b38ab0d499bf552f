package app.taskmail.inbound;

/** The bytes are not a message Taskmail can read at all; nothing was saved. */
public class UnreadableMailException extends Exception {

    /** Why a message was refused before anything was looked up. */
    public enum Reason {
        EMPTY("5.6.0", "The message is empty."),
        NOT_A_MESSAGE("5.6.0", "This is not an email message: no header could be read."),
        TOO_LARGE("5.3.4", "The message is larger than this server accepts.");

        private final String status;
        private final String text;

        Reason(String status, String text) {
            this.status = status;
            this.text = text;
        }

        /** The enhanced status code (RFC 3463) an SMTP reply carries. */
        public String status() {
            return status;
        }

        public String text() {
            return text;
        }
    }

    private final Reason reason;

    public UnreadableMailException(Reason reason) {
        super(reason.text());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
