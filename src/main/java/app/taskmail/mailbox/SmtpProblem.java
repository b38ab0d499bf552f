package app.taskmail.mailbox;

/**
 * What went wrong when talking to a mailbox's SMTP server, in the words a user reads.
 *
 * <p>The texts name the host, port, address and the server's own reply where there is one; they never
 * contain a password (a {@link SmtpFailure} never holds one). {@link #temporary} says whether trying
 * again later may help: delivery retries those and gives up on the others at once.
 */
public enum SmtpProblem {
    UNKNOWN_HOST(false),
    HOST_REFUSED(false),
    PLAINTEXT_NOT_ALLOWED(false),
    CONNECTION_REFUSED(true),
    UNREACHABLE(true),
    TIMED_OUT(true),
    CONNECTION_LOST(true),
    TLS_FAILED(true),
    CERTIFICATE_NOT_TRUSTED(false),
    STARTTLS_NOT_OFFERED(false),
    AUTH_NOT_OFFERED(false),
    AUTH_REJECTED(false),
    SENDER_REJECTED(false),
    RECIPIENT_REJECTED(false),
    MESSAGE_REJECTED(false),
    UNEXPECTED_REPLY(false);

    private final boolean temporary;

    SmtpProblem(boolean temporary) {
        this.temporary = temporary;
    }

    /** Trying again later may help (network trouble); a 4xx reply is temporary whatever the problem. */
    public boolean temporary() {
        return temporary;
    }

    /** The plain explanation of this failure. */
    String describe(SmtpFailure f) {
        String server = f.host() + " (port " + f.port() + ")";
        return switch (this) {
            case UNKNOWN_HOST -> "The server name " + f.host() + " could not be found. Check the spelling of the host.";
            case HOST_REFUSED -> "Taskmail does not connect to " + f.host() + ": it points to " + f.detail()
                    + ". Use the public name of your provider's SMTP server.";
            case PLAINTEXT_NOT_ALLOWED -> "Unencrypted connections are allowed only to hosts that the operator of"
                    + " this Taskmail installation has listed. Choose SSL/TLS or STARTTLS.";
            case CONNECTION_REFUSED -> "Nothing accepts connections on " + server
                    + ": the connection was refused. Check the host and the port.";
            case UNREACHABLE -> server + " cannot be reached from here (no route to it). Check the host.";
            case TIMED_OUT -> server + " did not answer within " + f.detail() + ". Check the host and the port,"
                    + " and that the security setting matches the port (465 usually needs SSL/TLS, 587 STARTTLS).";
            case CONNECTION_LOST -> server + " closed the connection unexpectedly. Check that the security setting"
                    + " matches the port (465 usually needs SSL/TLS, 587 STARTTLS).";
            case TLS_FAILED -> "The encrypted connection (TLS) to " + server + " could not be set up"
                    + withReply(f) + ". Check that the security setting matches the port"
                    + " (465 usually needs SSL/TLS, 587 STARTTLS).";
            case CERTIFICATE_NOT_TRUSTED -> "The certificate of " + server + " is not trusted or is not made out to "
                    + f.host() + ". Taskmail did not log in. Use the exact host name your provider gives.";
            case STARTTLS_NOT_OFFERED -> server + " does not offer STARTTLS, so the connection could not be"
                    + " encrypted. Taskmail stopped before sending the password. Choose SSL/TLS or check the port.";
            case AUTH_NOT_OFFERED -> server + " offers no login method Taskmail supports (PLAIN or LOGIN)"
                    + withReply(f) + ".";
            case AUTH_REJECTED -> "The server refused the username or password" + withReply(f)
                    + ". Providers with two-step verification need an app password here.";
            case SENDER_REJECTED -> "This login may not send as " + f.address() + withReply(f) + ".";
            case RECIPIENT_REJECTED -> "The server refused the recipient " + f.address() + withReply(f) + ".";
            case MESSAGE_REJECTED -> "The server refused the message" + withReply(f) + ".";
            case UNEXPECTED_REPLY -> "The server gave an unexpected answer" + withReply(f) + ".";
        };
    }

    private static String withReply(SmtpFailure f) {
        return f.reply() == null ? "" : ": " + f.reply().text();
    }
}
