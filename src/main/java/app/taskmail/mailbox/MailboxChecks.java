package app.taskmail.mailbox;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Remembers "Test account" results for a short while, so that Save can tell whether exactly the submitted
 * settings were tested successfully, and can take the password typed for the test without the page
 * holding it.
 *
 * <p>Rules: a check counts for the same account and the same mailbox (or, for a new mailbox, none) for
 * {@link #VALID_FOR}. A tested password is handed back only to the employee who tested, and only for the same
 * host, port, security and username, so it can never be sent to another server.
 */
@ApplicationScoped
public class MailboxChecks {

    public static final Duration VALID_FOR = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecretBox box;

    @Inject
    EntityManager em;

    /**
     * Records a test of these settings and returns the token the form carries. With {@code keepPassword},
     * the password is kept encrypted with the check. Expired checks of the account are removed.
     */
    @Transactional
    public String record(long accountId, Long mailboxId, long employeeId, SmtpSettings settings, boolean succeeded,
            boolean keepPassword) {
        Instant now = Instant.now();
        MailboxCheck.delete("account.id = ?1 and testedAt < ?2", accountId, now.minus(VALID_FOR));
        MailboxCheck check = new MailboxCheck();
        check.account = em.getReference(Account.class, accountId);
        check.mailbox = mailboxId == null ? null : em.getReference(Mailbox.class, mailboxId);
        check.testedBy = em.getReference(Employee.class, employeeId);
        check.token = HexFormat.of().formatHex(randomBytes());
        check.settingsFingerprint = box.fingerprint(settings.fullIdentity());
        check.connectionFingerprint = box.fingerprint(settings.connectionIdentity());
        check.succeeded = succeeded;
        check.testedAt = now;
        check.persist();
        if (keepPassword) {
            check.passwordCiphertext = box.sealTestedPassword(settings.password(), accountId, check.id);
            check.passwordKeyId = box.currentKeyId();
        }
        return check.token;
    }

    /** Forgets a test once its form was saved: the password kept with it is not needed any more. */
    @Transactional
    public void forget(Account account, String token) {
        if (token != null && !token.isBlank()) {
            MailboxCheck.delete("account = ?1 and token = ?2", account, token);
        }
    }

    /** Removes expired checks of every account, with the passwords kept for them. */
    @Scheduled(every = "10m", delayed = "1m")
    @Transactional
    void purgeExpired() {
        MailboxCheck.delete("testedAt < ?1", Instant.now().minus(VALID_FOR));
    }

    /** A successful, unexpired test of exactly these settings (password included) for this mailbox. */
    public Optional<MailboxCheck> successFor(Account account, Mailbox mailbox, SmtpSettings settings) {
        Parameters parameters = recent(account, mailbox).and("fingerprint", box.fingerprint(settings.fullIdentity()));
        return MailboxCheck.<MailboxCheck>find(scope(mailbox) + " and succeeded = true"
                + " and settingsFingerprint = :fingerprint order by testedAt desc", parameters).firstResultOptional();
    }

    /**
     * The password typed for the test with this token, when that test was made by this employee, for this
     * mailbox, for the same host, port, security and username, and has not expired.
     */
    public Optional<String> testedPassword(Account account, Mailbox mailbox, Employee by, String token, String host,
            int port, TransportSecurity security, String username) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String connection = box.fingerprint(SmtpSettings.connectionIdentity(host, port, security, username));
        Parameters parameters = recent(account, mailbox).and("by", by).and("token", token);
        return MailboxCheck.<MailboxCheck>find(scope(mailbox) + " and testedBy = :by and token = :token", parameters)
                .firstResultOptional()
                .filter(check -> check.passwordCiphertext != null && check.connectionFingerprint.equals(connection))
                .flatMap(check -> readable(check, account));
    }

    /** Checks of this account and mailbox (or of a new mailbox) that have not expired. */
    private static String scope(Mailbox mailbox) {
        return "account = :account and testedAt >= :since and " + (mailbox == null ? "mailbox is null" : "mailbox = :mailbox");
    }

    private static Parameters recent(Account account, Mailbox mailbox) {
        Parameters parameters = Parameters.with("account", account).and("since", Instant.now().minus(VALID_FOR));
        return mailbox == null ? parameters : parameters.and("mailbox", mailbox);
    }

    private Optional<String> readable(MailboxCheck check, Account account) {
        try {
            return Optional.of(box.openTestedPassword(check.passwordCiphertext, check.passwordKeyId, account.id, check.id));
        } catch (SecretBox.SecretUnreadableException e) {
            return Optional.empty();
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
