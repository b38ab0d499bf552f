package app.taskmail.testing;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxCredentials;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.mailbox.SmtpSettings;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds test data, each call in its own committed transaction, with unique names so that test classes
 * sharing one database never collide. Every employee made here has the password {@value #PASSWORD}.
 */
public final class Fixtures {

    public static final String PASSWORD = "secret-pass-1";
    private static final String HASH = BcryptUtil.bcryptHash(PASSWORD, 4);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + System.nanoTime() % 100_000_000 + SEQUENCE.incrementAndGet();
    }

    public static Account account(Plan plan) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = new Account();
            account.slug = unique("acc");
            account.name = "Company " + account.slug;
            account.plan = plan;
            account.createdAt = Instant.now();
            account.persist();
            return account;
        });
    }

    public static Employee employee(Account account, Role role) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Employee employee = new Employee();
            employee.account = Account.findById(account.id);
            employee.login = unique(role == Role.ADMIN ? "admin" : "emp");
            employee.displayName = "Person " + employee.login;
            employee.role = role.name();
            employee.passwordHash = HASH;
            employee.createdAt = Instant.now();
            employee.persist();
            return employee;
        });
    }

    public static Group group(Account account, String name, Employee... members) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Group group = new Group();
            group.account = Account.findById(account.id);
            group.name = name;
            group.persist();
            for (Employee member : members) {
                Employee managed = Employee.findById(member.id);
                managed.groups.add(group);
            }
            return group;
        });
    }

    public static Project project(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Project project = new Project();
            project.account = Account.findById(account.id);
            project.name = unique("Project ");
            project.createdAt = Instant.now();
            project.persist();
            return project;
        });
    }

    public static Contact contact(Account account, String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = new Contact();
            contact.account = Account.findById(account.id);
            contact.name = "Contact " + email;
            contact.email = email;
            contact.createdAt = Instant.now();
            contact.persist();
            return contact;
        });
    }

    public static Task task(Project project, Employee creator, Contact... contacts) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Task task = new Task();
            task.project = Project.findById(project.id);
            task.account = task.project.account;
            task.title = unique("Task ");
            task.createdBy = Employee.findById(creator.id);
            task.createdAt = task.updatedAt = Instant.now();
            task.employees.add(task.createdBy);
            for (Contact contact : contacts) {
                task.contacts.add(Contact.findById(contact.id));
            }
            task.persist();
            return task;
        });
    }

    /** A comment on {@code task} written by a contact, as an emailed reply becomes one. */
    public static app.taskmail.project.Comment commentByContact(Task task, Contact author, String body) {
        return QuarkusTransaction.requiringNew().call(() -> {
            app.taskmail.project.Comment comment = new app.taskmail.project.Comment();
            comment.task = Task.findById(task.id);
            comment.account = comment.task.account;
            comment.authorContact = Contact.findById(author.id);
            comment.body = body;
            comment.createdAt = Instant.now();
            comment.persist();
            return comment;
        });
    }

    /**
     * A mailbox saved directly (not through the pages): of the company when {@code owner} is null, else the
     * owner's personal one; the password encrypted as the app does. Verified and enabled when asked, as if a
     * test with exactly these settings had passed.
     */
    public static Mailbox mailbox(Account account, Employee owner, SmtpSettings settings, boolean verifiedAndEnabled) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Mailbox mailbox = new Mailbox();
            mailbox.account = Account.findById(account.id);
            mailbox.scope = owner == null ? MailboxScope.ACCOUNT : MailboxScope.EMPLOYEE;
            mailbox.owner = owner == null ? null : Employee.findById(owner.id);
            mailbox.email = settings.email();
            mailbox.displayName = "Mailbox " + settings.email();
            mailbox.host = settings.host();
            mailbox.port = settings.port();
            mailbox.security = settings.security();
            mailbox.username = settings.username();
            mailbox.createdAt = mailbox.updatedAt = Instant.now();
            mailbox.persist();
            Arc.container().instance(MailboxCredentials.class).get().store(mailbox, settings.password());
            if (verifiedAndEnabled) {
                mailbox.testSucceeded(Instant.now());
                mailbox.enabled = true;
            }
            return mailbox;
        });
    }

    /** A disabled, unverified mailbox at an address of its own (company when {@code owner} is null). */
    public static Mailbox mailbox(Account account, Employee owner) {
        String email = unique("box") + "@example.com";
        return mailbox(account, owner,
                new SmtpSettings(email, "127.0.0.1", 465, TransportSecurity.SSL_TLS, email, "fixture-password"), false);
    }
}
