package app.taskmail.mailbox;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * One press of "Test account", remembered for {@link MailboxChecks#VALID_FOR}: which settings were tested
 * (as keyed fingerprints, see {@link SecretBox#fingerprint}), whether the test succeeded, and, when the
 * password was typed for it, that password encrypted, so that the Save that follows can use it without the
 * page ever holding it. The form carries only the random {@link #token}.
 */
@Entity
public class MailboxCheck extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    /** The mailbox being edited; {@code null} while it is a new one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mailbox_id")
    public Mailbox mailbox;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tested_by_id")
    public Employee testedBy;

    public String token;
    public String settingsFingerprint;
    public String connectionFingerprint;
    public boolean succeeded;
    public byte[] passwordCiphertext;
    public String passwordKeyId;
    public Instant testedAt;
}
