package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens a logged-in SMTP conversation for a mailbox's settings. The order is the security contract:
 *
 * <ol>
 * <li>{@link HostGuard} checks the host and security and resolves the name, once;</li>
 * <li>the TCP connection goes to exactly that address, within {@code taskmail.mail.connect-timeout};</li>
 * <li>{@link TransportSecurity#SSL_TLS}: TLS from the first byte; {@link TransportSecurity#STARTTLS}: greeting
 * and EHLO in clear, then STARTTLS, which is <em>required</em> — a server that does not offer it is left
 * before anything else is said; {@link TransportSecurity#NONE} only passes the guard for listed hosts;</li>
 * <li>TLS checks the certificate chain against {@link MailTrust} and that the certificate names the host
 * (SNI and host-name verification use the host name, not the address);</li>
 * <li>EHLO again over TLS, then AUTH PLAIN or LOGIN as offered.</li>
 * </ol>
 *
 * Each step is bounded by the timeout, which is also the limit for every reply.
 */
@ApplicationScoped
public class SmtpConnector {

    private final HostGuard guard;
    private final MailTrust trust;
    private final Duration timeout;
    private final String ehloName;

    @Inject
    public SmtpConnector(HostGuard guard, MailTrust trust,
            @ConfigProperty(name = "taskmail.mail.connect-timeout", defaultValue = "15s") Duration timeout,
            @ConfigProperty(name = "taskmail.mail.ehlo-name", defaultValue = "taskmail.local") String ehloName) {
        this.guard = guard;
        this.trust = trust;
        this.timeout = timeout;
        this.ehloName = ehloName;
    }

    /**
     * Connects, secures and logs in. The caller owns the returned session and must close it.
     *
     * @throws SmtpFailure with the problem in plain words; no password is ever part of it
     */
    public SmtpSession open(SmtpSettings settings) throws SmtpFailure {
        InetAddress address = guard.check(settings);
        SmtpSession session = new SmtpSession(connect(address, settings), settings.host(), settings.port(), timeout);
        try {
            if (settings.security() == TransportSecurity.SSL_TLS) {
                session.switchToTls(secure(session, settings));
            }
            expect(session.readReply(), 220, SmtpProblem.UNEXPECTED_REPLY, settings);
            SmtpReply ehlo = ehlo(session, settings);
            if (settings.security() == TransportSecurity.STARTTLS) {
                ehlo = startTls(session, ehlo, settings);
            }
            authenticate(session, ehlo, settings);
            return session;
        } catch (SmtpFailure | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private Socket connect(InetAddress address, SmtpSettings settings) throws SmtpFailure {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, settings.port()), millis());
            socket.setSoTimeout(millis());
            return socket;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // never connected
            }
            throw SmtpFailure.of(e, settings.host(), settings.port(), timeout);
        }
    }

    private SmtpReply startTls(SmtpSession session, SmtpReply ehlo, SmtpSettings settings) throws SmtpFailure {
        if (!ehlo.offers("STARTTLS")) {
            throw failure(SmtpProblem.STARTTLS_NOT_OFFERED, settings, null);
        }
        expect(session.command("STARTTLS"), 220, SmtpProblem.TLS_FAILED, settings);
        session.switchToTls(secure(session, settings));
        return ehlo(session, settings);
    }

    /** TLS over the connection with full certificate and host-name checks. */
    private SSLSocket secure(SmtpSession session, SmtpSettings settings) throws SmtpFailure {
        try {
            SSLSocket tls = (SSLSocket) trust.socketFactory()
                    .createSocket(session.rawSocket(), settings.host(), settings.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(settings.host())) {
                parameters.setServerNames(List.of(new SNIHostName(settings.host())));
            }
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(millis());
            tls.startHandshake();
            return tls;
        } catch (IOException e) {
            throw SmtpFailure.of(e, settings.host(), settings.port(), timeout);
        } catch (IllegalArgumentException e) {
            throw failure(SmtpProblem.TLS_FAILED, settings, null);
        }
    }

    private SmtpReply ehlo(SmtpSession session, SmtpSettings settings) throws SmtpFailure {
        return expect(session.command("EHLO " + ehloName), 250, SmtpProblem.UNEXPECTED_REPLY, settings);
    }

    /** AUTH PLAIN, else LOGIN. Never in clear text unless the security is NONE (for a host the guard allowed). */
    private void authenticate(SmtpSession session, SmtpReply ehlo, SmtpSettings settings) throws SmtpFailure {
        if (!session.encrypted() && settings.security() != TransportSecurity.NONE) {
            throw new IllegalStateException("refusing to log in over an unencrypted connection");
        }
        Set<String> mechanisms = ehlo.authMechanisms();
        SmtpReply reply;
        if (mechanisms.contains("PLAIN")) {
            reply = session.command("AUTH PLAIN " + base64("\0" + settings.username() + "\0" + settings.password()));
        } else if (mechanisms.contains("LOGIN")) {
            expect(session.command("AUTH LOGIN"), 334, SmtpProblem.AUTH_REJECTED, settings);
            expect(session.command(base64(settings.username())), 334, SmtpProblem.AUTH_REJECTED, settings);
            reply = session.command(base64(settings.password()));
        } else {
            throw failure(SmtpProblem.AUTH_NOT_OFFERED, settings, null);
        }
        expect(reply, 235, SmtpProblem.AUTH_REJECTED, settings);
    }

    /** The reply must have this code; a 5xx is {@code whenRefused}, anything else unexpected. */
    private static SmtpReply expect(SmtpReply reply, int code, SmtpProblem whenRefused, SmtpSettings settings)
            throws SmtpFailure {
        if (reply.code() == code) {
            return reply;
        }
        throw failure(reply.code() >= 500 ? whenRefused : SmtpProblem.UNEXPECTED_REPLY, settings, reply);
    }

    private static SmtpFailure failure(SmtpProblem problem, SmtpSettings settings, SmtpReply reply) {
        return new SmtpFailure(problem, settings.host(), settings.port(), null, reply, null);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private int millis() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    }
}
