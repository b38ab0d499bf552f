package app.taskmail.testing;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.mailbox.SecretBox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Task;
import app.taskmail.sending.OutgoingMessage;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Mailboxes and outbox reads for sending tests, each in its own committed transaction. A mailbox made here
 * is enabled and verified with its current settings (as after a successful "Test account"), and its password
 * is sealed with the application's {@link SecretBox}, exactly as the settings pages store it.
 */
public final class SendingFixtures {

    private SendingFixtures() {
    }

    /** A mailbox of the given settings; {@code owner} null makes a company mailbox. {@code adjust} runs before saving. */
    public static Mailbox mailbox(Account account, Employee owner, String email, String host, int port,
            TransportSecurity security, String username, String password, Consumer<Mailbox> adjust) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Mailbox m = new Mailbox();
            m.account = Account.findById(account.id);
            m.scope = owner == null ? MailboxScope.ACCOUNT : MailboxScope.EMPLOYEE;
            m.owner = owner == null ? null : Employee.findById(owner.id);
            m.email = email;
            m.displayName = "Sender " + email;
            m.host = host;
            m.port = port;
            m.security = security;
            m.username = username;
            m.enabled = true;
            m.createdAt = m.updatedAt = Instant.now();
            adjust.accept(m);
            m.verifiedVersion = m.settingsVersion;
            m.verifiedAt = Instant.now();
            m.persist();
            m.passwordCiphertext = secretBox().seal(password, account.id, m.id);
            m.passwordKeyId = secretBox().currentKeyId();
            return m;
        });
    }

    public static Mailbox mailbox(Account account, Employee owner, String email, String host, int port,
            TransportSecurity security, String username, String password) {
        return mailbox(account, owner, email, host, port, security, username, password, m -> { });
    }

    /** A new password, as saved and tested again on the settings page: new settings version, verified. */
    public static void fixPassword(Mailbox mailbox, String password) {
        QuarkusTransaction.requiringNew().run(() -> {
            Mailbox m = Mailbox.findById(mailbox.id);
            m.passwordCiphertext = secretBox().seal(password, m.account.id, m.id);
            m.settingsChanged();
            m.verifiedVersion = m.settingsVersion;
            m.verifiedAt = Instant.now();
            m.updatedAt = Instant.now();
        });
    }

    public static Mailbox reload(Mailbox mailbox) {
        return QuarkusTransaction.requiringNew().call(() -> Mailbox.<Mailbox>findById(mailbox.id));
    }

    public static void setPlan(Account account, Plan plan, Instant trialEndsAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Account a = Account.findById(account.id);
            a.plan = plan;
            a.trialEndsAt = trialEndsAt;
        });
    }

    /** The outbox rows of a task, oldest first (detached; mailbox loaded). */
    public static List<OutgoingMessage> messages(Task task) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutgoingMessage.<OutgoingMessage>list("from OutgoingMessage o left join fetch o.mailbox"
                        + " where o.task.id = ?1 order by o.createdAt, o.id", task.id));
    }

    public static OutgoingMessage message(long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.<OutgoingMessage>find(
                "from OutgoingMessage o left join fetch o.mailbox where o.id = ?1", id).firstResult());
    }

    public static long messageCount(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.count("account.id", account.id));
    }

    private static SecretBox secretBox() {
        return Arc.container().instance(SecretBox.class).get();
    }
}
