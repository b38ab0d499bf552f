package app.taskmail.project;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A piece of work in a project, discussed in comments by employees and, by email, external contacts. */
@Entity
public class Task extends PanacheEntity {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    public Project project;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public TaskStatus status = TaskStatus.OPEN;

    /**
     * Secret part of the task's reply address {@code task-<id>-<token>@…}: 24 base32 characters
     * (120 random bits), so that a reply address cannot be guessed from a task id.
     */
    public String replyToken = newReplyToken();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id")
    public Employee createdBy;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_employee",
            joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    @OrderBy("displayName")
    public Set<Employee> employees = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_contact",
            joinColumns = @JoinColumn(name = "task_id"),
            inverseJoinColumns = @JoinColumn(name = "contact_id"))
    @OrderBy("name")
    public Set<Contact> contacts = new LinkedHashSet<>();

    public Instant createdAt;

    public Instant updatedAt;

    static String newReplyToken() {
        char[] token = new char[24];
        for (int i = 0; i < token.length; i++) {
            token[i] = TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)];
        }
        return new String(token);
    }

    /** {@code task-<id>-<token>@<account-slug>.<internal-domain>} (PRODUCT §1). */
    public String replyAddress(String internalDomain) {
        return "task-" + id + "-" + replyToken + "@" + account.slug + "." + internalDomain;
    }

    public static Optional<Task> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    public static List<Task> listInProject(Project project) {
        return list("project = ?1 order by case status when 'DONE' then 1 else 0 end, updatedAt desc", project);
    }
}
