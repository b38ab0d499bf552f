package app.taskmail.mailbox;

/**
 * A failed SMTP step: the {@link SmtpProblem}, where it happened and, when the server answered, its reply.
 *
 * <p>Show users {@link #describe()}, which is written for them; the exception message itself only names
 * the problem and the server, for logs. Neither ever contains a password.
 */
public class SmtpFailure extends Exception {

    private final SmtpProblem problem;
    private final String host;
    private final int port;
    private final String address;
    private final SmtpReply reply;
    private final String detail;

    public SmtpFailure(SmtpProblem problem, String host, int port, String address, SmtpReply reply, String detail) {
        super(problem + " at " + host + ":" + port + (reply == null ? "" : ": " + reply.text()), null, false, false);
        this.problem = problem;
        this.host = host;
        this.port = port;
        this.address = address;
        this.reply = reply;
        this.detail = detail;
    }

    public SmtpProblem problem() {
        return problem;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The sender or recipient address concerned, or {@code null}. */
    public String address() {
        return address;
    }

    /** The server's reply, or {@code null} when it did not answer (network or TLS trouble). */
    public SmtpReply reply() {
        return reply;
    }

    /** Extra words for the description (e.g. what kind of address a refused host points to), or {@code null}. */
    public String detail() {
        return detail;
    }

    /** Trying again later may help: network trouble, or a 4xx reply. */
    public boolean isTemporary() {
        return problem.temporary() || (reply != null && reply.isTransient());
    }

    /** The same failure seen as another problem (e.g. a refused own address at RCPT means a refused sender). */
    public SmtpFailure as(SmtpProblem other) {
        return new SmtpFailure(other, host, port, address, reply, detail);
    }

    /** The explanation in plain words, with the server's reply where there is one. */
    public String describe() {
        return problem.describe(this);
    }
}
