package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Check forwarding" of a mailbox (issue item 7). Replies reach Taskmail only if the provider forwards the
 * mailbox's mail to an internal address: a company mailbox to the account inbox
 * ({@code inbox@<slug>.<domain>}), a personal mailbox to its owner's address ({@code <login>@…}).
 *
 * <p>Use: the mailbox page shows {@link #status}; "Check forwarding" calls {@link #prepare} and hands the
 * {@link ProbeMessage} to the sending side, which sends it from the mailbox to itself. When the provider's
 * rule forwards it, the inbound processing finds its token ({@link #arrived}) and the status turns
 * {@link ForwardingState#VERIFIED} with the time. The token is 120 random bits and is looked up only within
 * the account the message was delivered to, so a probe cannot be faked from outside or across accounts.
 */
@ApplicationScoped
public class ForwardingCheck {

    static final String SUBJECT = "Taskmail forwarding check";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    /** Where this mailbox's mail must be forwarded to. */
    public String forwardTo(Mailbox mailbox) {
        String local = mailbox.scope == MailboxScope.EMPLOYEE ? mailbox.owner.login : InternalAddress.INBOX;
        return local + "@" + mailbox.account.slug + "." + internalDomain;
    }

    /** The state for the mailbox's current address. Call inside a transaction or request. */
    public ForwardingStatus status(Mailbox mailbox) {
        Optional<ForwardingProbe> probe = ForwardingProbe.latest(mailbox);
        if (probe.isEmpty()) {
            return new ForwardingStatus(ForwardingState.NOT_CHECKED, forwardTo(mailbox), null);
        }
        ForwardingProbe latest = probe.get();
        return latest.arrivedAt == null
                ? new ForwardingStatus(ForwardingState.WAITING, forwardTo(mailbox), latest.createdAt)
                : new ForwardingStatus(ForwardingState.VERIFIED, forwardTo(mailbox), latest.arrivedAt);
    }

    /** Records a new probe for the mailbox and returns the message to send; an earlier result stops counting. */
    @Transactional
    public ProbeMessage prepare(Mailbox detached) {
        Mailbox mailbox = Mailbox.findInAccount(detached.account, detached.id).orElseThrow();
        ForwardingProbe probe = new ForwardingProbe();
        probe.account = mailbox.account;
        probe.mailbox = mailbox;
        probe.token = token();
        probe.messageId = "<probe-" + probe.token + "@" + mailbox.account.slug + "." + internalDomain + ">";
        probe.mailboxEmail = mailbox.email;
        probe.forwardTo = forwardTo(mailbox);
        probe.createdAt = Instant.now();
        probe.persist();
        String text = "Taskmail sent this message from " + mailbox.email + " to itself to check that mail arriving"
                + " there is forwarded to " + probe.forwardTo + ".\n\nYou can delete it.";
        return new ProbeMessage(mailbox.email, mailbox.displayName, mailbox.email, SUBJECT, probe.messageId,
                Map.of(HeaderReader.PROBE_HEADER, probe.token, "Auto-Submitted", "auto-generated"), text);
    }

    /**
     * Marks the probe with this token as arrived, if it is one of this account's; the first arrival counts.
     * Runs in the caller's transaction.
     */
    Optional<ForwardingProbe> arrived(Account account, String token, String via) {
        if (token == null || !token.matches("[a-z2-7]{24}")) {
            return Optional.empty();
        }
        Optional<ForwardingProbe> probe = ForwardingProbe.findByToken(account, token);
        probe.filter(p -> p.arrivedAt == null).ifPresent(p -> {
            p.arrivedAt = Instant.now();
            p.arrivedVia = via;
        });
        return probe;
    }

    private static String token() {
        char[] token = new char[24];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
