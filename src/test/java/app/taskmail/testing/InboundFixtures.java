package app.taskmail.testing;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.sending.DeliveryStatus;
import app.taskmail.sending.OutgoingMessage;
import app.taskmail.sending.SenderKind;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.UUID;

/**
 * Test data for incoming mail, each in its own committed transaction: messages that "Taskmail sent"
 * (outbox rows with status SENT, as the dispatcher leaves them) and mailboxes to check forwarding of.
 */
public final class InboundFixtures {

    public static final String DOMAIN = "taskmail.local";

    private InboundFixtures() {
    }

    /** A SENT outbox row from {@code author} to {@code contact} about {@code task}; returns its Message-ID. */
    public static String sentMessage(Task task, Employee author, Contact contact) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Task managed = Task.findById(task.id);
            OutgoingMessage message = new OutgoingMessage();
            message.account = managed.account;
            message.task = managed;
            message.author = Employee.findById(author.id);
            message.recipientContact = Contact.findById(contact.id);
            message.recipientEmail = contact.email;
            message.senderKind = SenderKind.INTERNAL;
            message.fromEmail = message.author.internalAddress(DOMAIN);
            message.replyTo = managed.replyAddress(DOMAIN);
            message.subject = "[" + managed.project.name + " #" + managed.id + "] " + managed.title;
            message.messageId = "<" + UUID.randomUUID() + "@" + managed.account.slug + "." + DOMAIN + ">";
            message.bodyText = "Could you send the texts?";
            message.status = DeliveryStatus.SENT;
            message.createdAt = message.updatedAt = message.queuedAt = message.nextAttemptAt = message.sentAt = Instant.now();
            message.persist();
            return message.messageId;
        });
    }

    public static Mailbox mailbox(Account account, Employee owner, String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Mailbox mailbox = new Mailbox();
            mailbox.account = Account.findById(account.id);
            mailbox.scope = owner == null ? MailboxScope.ACCOUNT : MailboxScope.EMPLOYEE;
            mailbox.owner = owner == null ? null : Employee.findById(owner.id);
            mailbox.email = email;
            mailbox.host = "smtp.example.com";
            mailbox.port = 587;
            mailbox.security = TransportSecurity.STARTTLS;
            mailbox.username = email;
            mailbox.createdAt = mailbox.updatedAt = Instant.now();
            mailbox.persist();
            return mailbox;
        });
    }

    /** {@code <local>@<slug>.taskmail.local} */
    public static String address(String local, Account account) {
        return local + "@" + account.slug + "." + DOMAIN;
    }
}
