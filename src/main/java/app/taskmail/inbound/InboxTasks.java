package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.sending.Notifier;
import app.taskmail.web.Text;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * New mail that matches no task (PRODUCT §6): a new task in the account's project "Inbox" (created on
 * first use), titled by the subject, with the sender as contact (or, when the sender is an employee's own
 * notification address, as that employee) and the message as first comment. The
 * employees whose internal addresses the message went to take part and are notified; mail to the inbox
 * address alone notifies the account's administrators, so that someone sees it.
 */
final class InboxTasks {

    static final String PROJECT_NAME = "Inbox";
    private static final String NO_SUBJECT = "(no subject)";

    private InboxTasks() {
    }

    static Task open(Account account, Contact sender, List<Employee> addressed, ParsedMail mail, Notifier notifier) {
        return open(account, addressed, mail, notifier, task -> MailComments.add(task, sender, mail, notifier));
    }

    /** The same, written by an employee from their own notification address: the task and its first comment are theirs. */
    static Task open(Account account, Employee sender, List<Employee> addressed, ParsedMail mail, Notifier notifier) {
        return open(account, addressed, mail, notifier, task -> {
            task.createdBy = sender;
            return MailComments.add(task, sender, mail, notifier);
        });
    }

    private static Task open(Account account, List<Employee> addressed, ParsedMail mail, Notifier notifier,
            Function<Task, Comment> firstComment) {
        Task task = new Task();
        task.account = account;
        task.project = inbox(account);
        task.title = title(mail.headers().subject());
        task.createdAt = task.updatedAt = Instant.now();
        task.employees.addAll(addressed);
        task.persist();
        Comment comment = firstComment.apply(task);
        if (addressed.isEmpty()) {
            notifier.notify(comment, Employee.<Employee>list("account = ?1 and role = ?2", account, Role.ADMIN.name()));
        }
        return task;
    }

    /**
     * The inbox project, created when missing. Two messages opening it at the same moment are serialised by
     * a transaction-scoped advisory lock on the account, so the account never gets two.
     */
    static Project inbox(Account account) {
        Project.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, 0x696e6278).setParameter(2, account.id.intValue()).getSingleResult();
        return Project.findByName(account, PROJECT_NAME).orElseGet(() -> {
            Project project = new Project();
            project.account = account;
            project.name = PROJECT_NAME;
            project.description = "New mail to the inbox and to employees' addresses that answers no task.";
            project.createdAt = Instant.now();
            project.persist();
            return project;
        });
    }

    /** The subject as a single line of at most 200 characters, without "Fwd:"/"Re:" noise left in front. */
    static String title(String subject) {
        String title = subject == null ? "" : subject.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        title = title.replaceFirst("(?i)^((re|fwd?|fw|aw|wg)\\s*:\\s*)+", "").strip();
        if (title.length() > 200) {
            title = title.substring(0, 199).strip() + "…";
        }
        return Text.clean(title) == null ? NO_SUBJECT : title;
    }
}
