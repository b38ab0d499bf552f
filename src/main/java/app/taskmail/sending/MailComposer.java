package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes what goes into an outgoing message: subject {@code [<project> #<task id>] <task title>}, From,
 * Reply-To (the task's reply address), a Message-ID, threading headers and the text and HTML bodies from the
 * Qute templates {@code templates/mail/commentText.txt} and {@code commentHtml.html} (the HTML one escapes
 * everything it is given), with the sending mailbox's signature.
 *
 * <p><b>Threading</b>: In-Reply-To and References point at the task's earlier messages <em>to the same
 * recipient</em> — the thread that recipient's mail client actually holds. In-Reply-To names the latest one;
 * References the first one and the most recent ones (at most {@value #MAX_REFERENCES} ids, so that the header
 * stays short on long tasks).
 *
 * <p><b>Message-ID</b>: {@code <random@<account-slug>.<internal-domain>>}, with the angle brackets, generated
 * once per message and reused on every attempt; inbound mail matches replies by it.
 */
@ApplicationScoped
public class MailComposer {

    static final int MAX_REFERENCES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    @ConfigProperty(name = "taskmail.public-url")
    Optional<String> publicUrl;

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance commentText(CommentMail mail);

        static native TemplateInstance commentHtml(CommentMail mail);
    }

    /** What the mail templates show; {@code taskLink} only in mail to an employee, else {@code null}. */
    public record CommentMail(String authorName, String taskTitle, long taskId, String projectName, String body,
            String signature, String taskLink) {
    }

    /** Fills a new message for one recipient of a comment: headers, threading and bodies; Message-ID is new. */
    public void compose(OutgoingMessage message, Comment comment, SenderOption sender, Mailbox mailbox) {
        Task task = comment.task;
        message.messageId = newMessageId(task.account);
        List<String> thread = OutgoingMessage.threadOf(task, message.recipientEmail);
        if (!thread.isEmpty()) {
            message.inReplyTo = thread.get(thread.size() - 1);
            message.referencesHeader = references(thread);
        }
        message.subject = HeaderText.singleLine("[" + task.project.name + " #" + task.id + "] " + task.title, 300);
        message.replyTo = task.replyAddress(internalDomain);
        fillSender(message, comment, sender, mailbox);
    }

    /**
     * Sets From and the bodies for the given sender (also used when a message is resent from another address).
     * A message without a comment keeps its bodies: there is nothing to write them from again.
     */
    public void fillSender(OutgoingMessage message, Comment comment, SenderOption sender, Mailbox mailbox) {
        message.senderKind = sender.kind();
        message.mailbox = mailbox;
        message.fromEmail = sender.address();
        message.fromName = HeaderText.singleLine(sender.displayName(), 200);
        if (comment == null) {
            return;
        }
        String signature = mailbox == null || mailbox.signature == null || mailbox.signature.isBlank()
                ? null : HeaderText.body(mailbox.signature.strip());
        Task task = comment.task;
        String link = message.recipientEmployee == null ? null : taskLink(task);
        CommentMail mail = new CommentMail(HeaderText.singleLine(comment.authorName()), HeaderText.singleLine(task.title),
                task.id, HeaderText.singleLine(task.project.name), HeaderText.body(comment.body), signature, link);
        message.bodyText = HeaderText.body(Templates.commentText(mail).render());
        message.bodyHtml = HeaderText.body(Templates.commentHtml(mail).render());
    }

    String taskLink(Task task) {
        String base = publicUrl.map(String::strip).map(url -> url.replaceAll("/+$", "")).orElse("");
        return base + "/tasks/" + task.id;
    }

    String newMessageId(Account account) {
        char[] random = new char[26];
        for (int i = 0; i < random.length; i++) {
            random[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "<" + new String(random) + "@" + account.slug + "." + internalDomain + ">";
    }

    static String references(List<String> thread) {
        if (thread.size() <= MAX_REFERENCES) {
            return String.join(" ", thread);
        }
        List<String> recent = thread.subList(thread.size() - (MAX_REFERENCES - 1), thread.size());
        return thread.get(0) + " " + String.join(" ", recent);
    }
}
