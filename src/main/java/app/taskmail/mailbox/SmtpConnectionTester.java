package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * "Test account": proves that a mailbox's settings work without sending anything.
 *
 * <p>It connects, negotiates TLS and logs in exactly as delivery would ({@link SmtpConnector}), then asks
 * the server whether this login may send as the mailbox's address: {@code MAIL FROM:<address>},
 * {@code RCPT TO:<address>} and {@code RSET}. Many providers refuse a sender the login does not own only at
 * RCPT ({@code 553 5.7.1 … Sender address rejected: not owned by user …}); since the recipient here is the
 * address itself, any refusal at either step means this login may not send as it.
 */
@ApplicationScoped
public class SmtpConnectionTester {

    private final SmtpConnector connector;

    public SmtpConnectionTester(SmtpConnector connector) {
        this.connector = connector;
    }

    /** Runs the test; never throws for anything the server or the network does. */
    public SmtpTestResult test(SmtpSettings settings) {
        try (SmtpSession session = connector.open(settings)) {
            session.mailFrom(settings.email());
            try {
                session.rcptTo(settings.email());
            } catch (SmtpFailure refused) {
                throw refused.problem() == SmtpProblem.RECIPIENT_REJECTED ? refused.as(SmtpProblem.SENDER_REJECTED) : refused;
            }
            session.rset();
            session.quit();
            return SmtpTestResult.success(settings);
        } catch (SmtpFailure failure) {
            return SmtpTestResult.failure(failure);
        }
    }
}
