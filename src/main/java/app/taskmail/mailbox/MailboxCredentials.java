package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one way to a mailbox's password: encrypted into the mailbox's row with {@link SecretBox}, bound to its
 * account and id, and decrypted only to talk to the mailbox's own server.
 *
 * <p>Callers must not log, render or put the returned password into an exception message. A password
 * copied from another mailbox's row, altered, or encrypted with a key that is no longer configured does
 * not decrypt: {@link SecretBox.SecretUnreadableException}, whose message never contains the password.
 */
@ApplicationScoped
public class MailboxCredentials {

    private final SecretBox box;

    @Inject
    public MailboxCredentials(SecretBox box) {
        this.box = box;
    }

    /**
     * The decrypted password of a saved mailbox.
     *
     * @throws SecretBox.SecretUnreadableException when there is none or it cannot be decrypted for this mailbox
     */
    public String password(Mailbox mailbox) {
        return box.open(mailbox.passwordCiphertext, mailbox.passwordKeyId, mailbox.account.id, mailbox.id);
    }

    /** The mailbox's address and connection settings with its decrypted password, ready for {@link SmtpConnector}. */
    public SmtpSettings settings(Mailbox mailbox) {
        return new SmtpSettings(mailbox.email, mailbox.host, mailbox.port, mailbox.security, mailbox.username,
                password(mailbox));
    }

    /** Encrypts and stores a new password; the mailbox must be persisted already (its id is part of the binding). */
    public void store(Mailbox mailbox, String password) {
        if (mailbox.id == null) {
            throw new IllegalStateException("persist the mailbox before storing its password");
        }
        mailbox.passwordCiphertext = box.seal(password, mailbox.account.id, mailbox.id);
        mailbox.passwordKeyId = box.currentKeyId();
    }

    /** Whether the stored password decrypts and equals this one. */
    boolean storedPasswordIs(Mailbox mailbox, String password) {
        try {
            return mailbox.passwordCiphertext != null && password(mailbox).equals(password);
        } catch (SecretBox.SecretUnreadableException e) {
            return false;
        }
    }
}
