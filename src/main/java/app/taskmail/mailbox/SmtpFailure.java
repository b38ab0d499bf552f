package app.taskmail.mailbox;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLException;

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

    /** Names a network or TLS failure in the terms of {@link SmtpProblem}; the timeout is named in the text. */
    static SmtpFailure of(IOException e, String host, int port, Duration timeout) {
        SmtpProblem problem;
        if (causedBy(e, SocketTimeoutException.class)) {
            problem = SmtpProblem.TIMED_OUT;
        } else if (e instanceof ConnectException) {
            problem = SmtpProblem.CONNECTION_REFUSED;
        } else if (e instanceof NoRouteToHostException) {
            problem = SmtpProblem.UNREACHABLE;
        } else if (causedBy(e, CertificateException.class)) {
            problem = SmtpProblem.CERTIFICATE_NOT_TRUSTED;
        } else if (e instanceof SSLException) {
            problem = causedBy(e, EOFException.class) ? SmtpProblem.CONNECTION_LOST : SmtpProblem.TLS_FAILED;
        } else {
            problem = SmtpProblem.CONNECTION_LOST;
        }
        return new SmtpFailure(problem, host, port, null, null, seconds(timeout));
    }

    private static String seconds(Duration timeout) {
        long s = Math.max(1, timeout.toSeconds());
        return s + (s == 1 ? " second" : " seconds");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
