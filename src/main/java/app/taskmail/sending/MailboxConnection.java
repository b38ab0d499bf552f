package app.taskmail.sending;

import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;

/**
 * What is needed to open an SMTP session as one mailbox, read in the transaction that prepared the attempt.
 * The password stays encrypted here; {@link MailClientPool} opens it only to build a client.
 */
public record MailboxConnection(long mailboxId, long accountId, int settingsVersion, String host, int port,
        TransportSecurity security, String username, byte[] passwordCiphertext, String passwordKeyId) {

    static MailboxConnection of(Mailbox m) {
        return new MailboxConnection(m.id, m.account.id, m.settingsVersion, m.host, m.port, m.security, m.username,
                m.passwordCiphertext, m.passwordKeyId);
    }

    @Override
    public String toString() {
        return "MailboxConnection[mailbox=" + mailboxId + ", version=" + settingsVersion + ", " + host + ":" + port
                + ", " + security + "]";
    }
}
