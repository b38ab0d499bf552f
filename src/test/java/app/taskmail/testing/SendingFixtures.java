package app.taskmail.testing;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.mailbox.SecretBox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import app.taskmail.sending.DeliveryStatus;
import app.taskmail.sending.OutgoingMessage;
import app.taskmail.sending.SenderKind;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Mailboxes and outbox reads for sending tests, each in its own committed transaction. A mailbox made here
 * is enabled and verified with its current settings (as after a successful "Test account"), and its password
 * is sealed with the application's {@link SecretBox}, exactly as the settings pages store it.
 */
public final class SendingFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private SendingFixtures() {
    }

    /** A mailbox of the given settings; {@code owner} null makes a company mailbox. {@code adjust} runs before saving
     * and may undo any of it (e.g. change the settings version so the mailbox is no longer verified). */
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
            m.verifiedVersion = m.settingsVersion;
            m.verifiedAt = Instant.now();
            adjust.accept(m);
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

    /**
     * An outbox row written directly (as the outbox would), for tests about the dispatcher and the delivery
     * log. From is the mailbox's address, or the author's internal address when {@code mailbox} is null.
     */
    public static OutgoingMessage outgoing(Task task, Employee author, Mailbox mailbox, String recipient,
            DeliveryStatus status, Instant nextAttemptAt, Consumer<OutgoingMessage> adjust) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OutgoingMessage m = new OutgoingMessage();
            m.task = Task.findById(task.id);
            m.account = m.task.account;
            m.author = Employee.findById(author.id);
            m.comment = new Comment();
            m.comment.account = m.account;
            m.comment.task = m.task;
            m.comment.authorEmployee = m.author;
            m.comment.body = "Comment for an outbox test";
            m.comment.createdAt = Instant.now();
            m.comment.persist();
            m.mailbox = mailbox == null ? null : Mailbox.findById(mailbox.id);
            m.senderKind = mailbox == null ? SenderKind.INTERNAL
                    : mailbox.scope == MailboxScope.ACCOUNT ? SenderKind.COMPANY : SenderKind.PERSONAL;
            m.fromEmail = mailbox == null ? m.author.internalAddress("taskmail.local") : mailbox.email;
            m.fromName = "Sender";
            m.recipientEmail = recipient;
            m.subject = "Outbox test " + SEQUENCE.incrementAndGet();
            m.messageId = "<" + UUID.randomUUID() + "@" + m.account.slug + ".taskmail.local>";
            m.bodyText = "Body of " + m.subject;
            m.status = status;
            m.nextAttemptAt = nextAttemptAt;
            m.queuedAt = m.createdAt = m.updatedAt = Instant.now();
            adjust.accept(m);
            m.persist();
            return m;
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
