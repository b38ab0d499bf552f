package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.project.Attachment;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Task;
import app.taskmail.sending.Notification;
import app.taskmail.sending.Notifier;
import app.taskmail.sending.OutgoingMessage;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a matched message does to a task, inside the caller's transaction: the sender becomes (or is found
 * as) a contact of the account and a participant of the task, the text becomes a comment by that contact
 * with the message's files, and every employee of the conversation is notified ({@link Notifier}: in the app,
 * and by mail to those who asked for it).
 *
 * <p>An answer from an employee's notification address (an address they chose on My profile and have
 * switched on) is the employee's: the comment is theirs, they take part in the task, no contact is made, and
 * they are not notified of their own comment.
 */
final class MailComments {

    static final int MAX_TEXT = 50_000;
    private static final String NO_TEXT = "(The message had no text.)";

    private MailComments() {
    }

    /** The contact with this address in the account, created from the sender's name when unknown. */
    static Contact contactFor(Account account, MailAddress sender) {
        return Contact.findByEmail(account, sender.email()).orElseGet(() -> {
            Contact contact = new Contact();
            contact.account = account;
            contact.email = Contact.normalise(sender.email());
            contact.name = sender.name() == null ? contact.email : sender.name();
            contact.createdAt = Instant.now();
            contact.persist();
            return contact;
        });
    }

    static Comment add(Task task, Contact author, ParsedMail mail, Notifier notifier) {
        Comment comment = comment(task, mail, c -> c.authorContact = author);
        task.contacts.add(author);
        notifier.notify(comment, conversationEmployees(task));
        return comment;
    }

    /** A reply an employee sent from their notification address. */
    static Comment add(Task task, Employee author, ParsedMail mail, Notifier notifier) {
        Comment comment = comment(task, mail, c -> c.authorEmployee = author);
        task.employees.add(author);
        notifier.notify(comment, conversationEmployees(task));
        return comment;
    }

    private static Comment comment(Task task, ParsedMail mail, Consumer<Comment> author) {
        Comment comment = new Comment();
        comment.account = task.account;
        comment.task = task;
        author.accept(comment);
        comment.body = body(mail);
        comment.createdAt = Instant.now();
        comment.persist();
        for (MailFile file : mail.files()) {
            keep(comment, file);
        }
        task.updatedAt = comment.createdAt;
        return comment;
    }

    /**
     * Who hears of a reply: the employees taking part in the task, those notified on it before, and the
     * authors of the messages the task sent out.
     */
    static Set<Employee> conversationEmployees(Task task) {
        Set<Employee> employees = new LinkedHashSet<>(task.employees);
        employees.addAll(Notification.<Notification>list("task = ?1", task).stream().map(n -> n.employee).toList());
        employees.addAll(OutgoingMessage.<OutgoingMessage>list("task = ?1 and author is not null", task).stream()
                .map(m -> m.author).toList());
        employees.removeIf(e -> !e.account.id.equals(task.account.id));
        return employees;
    }

    /**
     * The comment text: quoted history trimmed, characters a database or a page must not hold removed,
     * files that were not kept named, at most {@value #MAX_TEXT} characters.
     */
    static String body(ParsedMail mail) {
        String text = printable(mail.damaged() ? mail.text() : QuoteTrimmer.trim(mail.text()));
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "\n[… the rest of the message was cut]";
        }
        StringBuilder body = new StringBuilder(text);
        mail.notes().forEach(note -> body.append(body.isEmpty() ? "" : "\n\n").append(note));
        return body.isEmpty() ? NO_TEXT : body.toString();
    }

    private static String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    private static void keep(Comment comment, MailFile file) {
        Attachment attachment = new Attachment();
        attachment.account = comment.account;
        attachment.comment = comment;
        attachment.fileName = Attachment.safeFileName(file.name());
        attachment.contentType = file.contentType().length() <= 255 ? file.contentType() : "application/octet-stream";
        attachment.sizeBytes = file.content().length;
        attachment.content = file.content();
        attachment.createdAt = comment.createdAt;
        attachment.persist();
    }
}
