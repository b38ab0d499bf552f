package app.taskmail.web;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import app.taskmail.project.TaskStatus;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fills an empty database with a demo company on the first start (every profile but prod, where
 * {@code taskmail.demo-data=true} must ask for it). Several instances starting together seed once: the
 * check runs under a PostgreSQL advisory lock. Every demo login has the password {@value #PASSWORD}.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "taskmail";
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final long SEED_LOCK = 0x7461736b6d61696cL;

    @ConfigProperty(name = "taskmail.demo-data")
    boolean enabled;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        em.createNativeQuery("select pg_advisory_xact_lock(" + SEED_LOCK + ")").getSingleResult();
        if (Account.count() > 0) {
            return;
        }
        seed();
        LOG.info("Demo data created: log in as alice, bob or carol (Acme Studio) or dave (Globex), password 'taskmail'");
    }

    private void seed() {
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        Account acme = account("Acme Studio", "acme", Plan.PAID);
        Employee alice = employee(acme, "alice", "Alice Martin", Role.ADMIN, hash);
        Employee bob = employee(acme, "bob", "Bob Chen", Role.EMPLOYEE, hash);
        Employee carol = employee(acme, "carol", "Carol Diaz", Role.EMPLOYEE, hash);
        Group support = new Group();
        support.account = acme;
        support.name = "Support";
        support.persist();
        bob.groups.add(support);
        carol.groups.add(support);

        Contact nina = contact(acme, "Nina Patel", "nina@client.example");
        Contact omar = contact(acme, "Omar Haddad", "omar@partner.example");
        Project website = project(acme, "Website", "The new company website, built with Northwind Agency.");
        Project onboarding = project(acme, "Onboarding", "Getting new customers set up.");

        Task copy = task(website, "Homepage copy review", "Nina sends the final texts; we check tone and length.",
                alice, TaskStatus.IN_PROGRESS);
        copy.employees.add(bob);
        copy.contacts.add(nina);
        comment(copy, alice, "Nina, could you send the final homepage texts by Friday?");
        Task launch = task(website, "Launch checklist", "DNS, redirects, analytics.", bob, TaskStatus.OPEN);
        launch.contacts.add(omar);
        Task kickoff = task(onboarding, "Kick-off call with Omar", "Agree on the schedule for the first month.",
                carol, TaskStatus.WAITING);
        kickoff.contacts.add(omar);
        kickoff.employees.add(alice);

        Account globex = account("Globex", "globex", Plan.FREE);
        employee(globex, "dave", "Dave Okafor", Role.ADMIN, hash);
        Project internal = project(globex, "Operations", "Day-to-day work at Globex.");
        task(internal, "Order office supplies", null, Employee.findByLogin("dave").orElseThrow(), TaskStatus.OPEN);
    }

    private static Account account(String name, String slug, Plan plan) {
        Account account = new Account();
        account.name = name;
        account.slug = slug;
        account.plan = plan;
        account.createdAt = Instant.now();
        account.persist();
        return account;
    }

    private static Employee employee(Account account, String login, String name, Role role, String hash) {
        Employee employee = new Employee();
        employee.account = account;
        employee.login = login;
        employee.displayName = name;
        employee.role = role.name();
        employee.passwordHash = hash;
        employee.createdAt = Instant.now();
        employee.persist();
        return employee;
    }

    private static Contact contact(Account account, String name, String email) {
        Contact contact = new Contact();
        contact.account = account;
        contact.name = name;
        contact.email = email;
        contact.createdAt = Instant.now();
        contact.persist();
        return contact;
    }

    private static Project project(Account account, String name, String description) {
        Project project = new Project();
        project.account = account;
        project.name = name;
        project.description = description;
        project.createdAt = Instant.now();
        project.persist();
        return project;
    }

    private static Task task(Project project, String title, String description, Employee creator, TaskStatus status) {
        Task task = new Task();
        task.account = project.account;
        task.project = project;
        task.title = title;
        task.description = description;
        task.status = status;
        task.createdBy = creator;
        task.createdAt = task.updatedAt = Instant.now().minus(1, ChronoUnit.HOURS);
        task.employees.add(creator);
        task.persist();
        return task;
    }

    private static void comment(Task task, Employee author, String body) {
        Comment comment = new Comment();
        comment.account = task.account;
        comment.task = task;
        comment.authorEmployee = author;
        comment.body = body;
        comment.createdAt = Instant.now();
        comment.persist();
    }
}
