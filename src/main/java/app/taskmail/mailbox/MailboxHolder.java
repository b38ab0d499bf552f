package app.taskmail.mailbox;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;

/**
 * Whose mailboxes a page manages: the company's, or one employee's (reached by an admin through the
 * employee, or by the employee on their own profile). Every lookup goes through here and is scoped to the
 * account and, for personal mailboxes, to the owner: a mailbox id from anywhere else is not found (404).
 */
public final class MailboxHolder {

    private final Account account;
    private final Employee owner;
    private final String basePath;
    private final String title;
    private final String backPath;
    private final String backLabel;

    private MailboxHolder(Account account, Employee owner, String basePath, String title, String backPath,
            String backLabel) {
        this.account = account;
        this.owner = owner;
        this.basePath = basePath;
        this.title = title;
        this.backPath = backPath;
        this.backLabel = backLabel;
    }

    /** The company mailboxes of an account (admins). */
    public static MailboxHolder company(Account account) {
        return new MailboxHolder(account, null, "/admin/settings/email", "Company mailboxes", "/admin/settings",
                "Account settings");
    }

    /** An employee's personal mailboxes as an admin manages them; the employee was found in the admin's account. */
    public static MailboxHolder employee(Employee owner) {
        return new MailboxHolder(owner.account, owner, "/admin/employees/" + owner.id + "/mailboxes",
                "Mailboxes of " + owner.displayName, "/admin/employees/" + owner.id, owner.displayName);
    }

    /** The logged-in employee's own mailboxes. */
    public static MailboxHolder mine(Employee me) {
        return new MailboxHolder(me.account, me, "/profile/mailboxes", "My mailboxes", "/profile", "My profile");
    }

    public boolean isCompany() {
        return owner == null;
    }

    public MailboxScope scope() {
        return isCompany() ? MailboxScope.ACCOUNT : MailboxScope.EMPLOYEE;
    }

    public Account account() {
        return account;
    }

    /** The employee whose personal mailboxes these are; {@code null} for company mailboxes. */
    public Employee owner() {
        return owner;
    }

    public String basePath() {
        return basePath;
    }

    public String title() {
        return title;
    }

    public String backPath() {
        return backPath;
    }

    public String backLabel() {
        return backLabel;
    }

    public List<Mailbox> mailboxes() {
        return isCompany() ? Mailbox.listCompany(account) : Mailbox.listPersonal(owner);
    }

    /** A mailbox of this holder, or 404. */
    public Mailbox find(long id) {
        return (isCompany() ? Mailbox.findCompany(account, id) : Mailbox.findPersonal(owner, id))
                .orElseThrow(NotFoundException::new);
    }

    /** A new, unsaved mailbox of this holder. */
    Mailbox newMailbox() {
        Mailbox mailbox = new Mailbox();
        mailbox.account = account;
        mailbox.scope = scope();
        mailbox.owner = owner;
        mailbox.createdAt = Instant.now();
        return mailbox;
    }

    /** Only one mailbox of a holder is preferred: marking one clears the others. */
    void makeOnlyPreferred(Mailbox preferred) {
        for (Mailbox other : mailboxes()) {
            if (!other.id.equals(preferred.id)) {
                other.preferred = false;
            }
        }
    }

    /** The account may send from external mailboxes now (plan or trial); the settings are kept either way. */
    public boolean externalMailboxesAllowed() {
        return account.mayUseExternalMailboxes(Instant.now());
    }
}
