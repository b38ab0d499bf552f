package app.taskmail.mailbox;

import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.project.Project;
import app.taskmail.web.FormErrors;
import java.util.List;

/**
 * Everything the mailbox form shows, for all three places it is used: company mailboxes (with access), an
 * employee's mailboxes seen by an admin, and one's own. {@code mailbox} is {@code null} for a new one;
 * {@code testResult} is set right after "Test account".
 */
public record MailboxFormPage(MailboxHolder holder, Mailbox mailbox, MailboxForm form, FormErrors errors,
        SmtpTestResult testResult, List<Project> projects, List<Employee> employees, List<Group> groups) {

    static MailboxFormPage of(MailboxHolder holder, Mailbox mailbox, MailboxForm form, FormErrors errors,
            SmtpTestResult testResult) {
        boolean company = holder.isCompany();
        return new MailboxFormPage(holder, mailbox, form, errors, testResult,
                Project.listInAccount(holder.account()),
                company ? Employee.listInAccount(holder.account()) : List.of(),
                company ? Group.listInAccount(holder.account()) : List.of());
    }

    public boolean isNew() {
        return mailbox == null;
    }

    public String heading() {
        return isNew() ? (holder.isCompany() ? "New company mailbox" : "New personal mailbox") : "Edit " + mailbox.email;
    }

    /** Where Save posts; Test account and Apply preset post to sub-paths of it. */
    public String action() {
        return isNew() ? holder.basePath() : holder.basePath() + "/" + mailbox.id;
    }

    public List<ProviderPreset> presets() {
        return List.of(ProviderPreset.values());
    }

    public List<TransportSecurity> securities() {
        return List.of(TransportSecurity.values());
    }

    public String passwordHint() {
        if (form.testedToken() != null && testResult != null) {
            return "Leave empty to use the password you just tested.";
        }
        return isNew() ? "The password of this login, or an app password where the provider asks for one."
                : "Leave empty to keep the stored password. It must be typed again when host, port, security or"
                        + " username change.";
    }
}
