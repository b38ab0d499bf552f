package app.taskmail.mailbox;

/**
 * The outcome of "Test account", ready to show: whether it worked and what to tell the user. On failure
 * {@link #problem} names what went wrong; the message includes the server's own reply where there was one.
 */
public record SmtpTestResult(boolean ok, SmtpProblem problem, String message) {

    static SmtpTestResult success(SmtpSettings settings) {
        return new SmtpTestResult(true, null, "Connected to " + settings.host() + " (port " + settings.port()
                + ", " + settings.security().label() + "), logged in as " + settings.username()
                + ", and the server accepts " + settings.email() + " as sender. Nothing was sent.");
    }

    static SmtpTestResult failure(SmtpFailure failure) {
        return new SmtpTestResult(false, failure.problem(), failure.describe());
    }
}
