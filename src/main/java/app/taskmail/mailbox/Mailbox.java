package app.taskmail.mailbox;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.project.Project;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An external mailbox: an address of the company ({@link MailboxScope#ACCOUNT}) or of one employee
 * ({@link MailboxScope#EMPLOYEE}) with the SMTP settings to send as it.
 *
 * <p>The password is only ever held encrypted ({@link #passwordCiphertext}, see {@code SecretBox}).
 * {@link #settingsVersion} changes whenever the address or a connection setting changes; the mailbox
 * counts as verified only while a successful test was made with the current version.
 */
@Entity
public class Mailbox extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Enumerated(EnumType.STRING)
    public MailboxScope scope;

    /** The employee a personal mailbox belongs to; {@code null} for company mailboxes. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public Employee owner;

    public String email;
    public String displayName;
    public String host;
    public int port;

    @Enumerated(EnumType.STRING)
    public TransportSecurity security;

    public String username;
    public byte[] passwordCiphertext;
    public String passwordKeyId;
    public String signature;
    public boolean enabled;
    public boolean preferred;

    /** True: usable in every project of the account; false: only in {@link #projects}. */
    public boolean allProjects = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mailbox_project", joinColumns = @JoinColumn(name = "mailbox_id"),
            inverseJoinColumns = @JoinColumn(name = "project_id"))
    public Set<Project> projects = new LinkedHashSet<>();

    /** Company mailboxes: true opens it to every employee; false to {@link #employees} and {@link #groups}. */
    public boolean allEmployees = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mailbox_employee", joinColumns = @JoinColumn(name = "mailbox_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    public Set<Employee> employees = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "mailbox_group", joinColumns = @JoinColumn(name = "mailbox_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    public Set<Group> groups = new LinkedHashSet<>();

    public int settingsVersion = 1;
    public Integer verifiedVersion;
    public Instant verifiedAt;
    public Instant lastTestAt;
    public Boolean lastTestOk;
    public String lastTestMessage;

    /** Set when sending found a problem of the mailbox itself (login rejected, sender refused…). */
    public String attentionReason;
    public Instant attentionSince;

    public Instant createdAt;
    public Instant updatedAt;

    /** A successful test was made with exactly the current address and connection settings. */
    public boolean isVerified() {
        return verifiedVersion != null && verifiedVersion == settingsVersion;
    }

    public boolean needsAttention() {
        return attentionReason != null;
    }

    /** Marks the settings as changed: any earlier successful test no longer counts. */
    public void settingsChanged() {
        settingsVersion++;
        verifiedVersion = null;
        verifiedAt = null;
    }

    /**
     * Records a successful "Test account" with the current settings: the mailbox counts as verified for this
     * settings version, and a problem that sending had flagged is considered solved.
     */
    public void testSucceeded(Instant at) {
        verifiedVersion = settingsVersion;
        verifiedAt = at;
        lastTestAt = at;
        lastTestOk = true;
        lastTestMessage = null;
        attentionReason = null;
        attentionSince = null;
    }

    /** Records a failed test with the current settings; an earlier success with them still counts. */
    public void testFailed(Instant at, String message) {
        lastTestAt = at;
        lastTestOk = false;
        lastTestMessage = message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    public boolean appliesTo(Project project) {
        return allProjects || projects.stream().anyMatch(p -> p.id.equals(project.id));
    }

    /** Linked to this project by name, as opposed to applying to all projects. */
    public boolean linkedExplicitlyTo(Project project) {
        return !allProjects && appliesTo(project);
    }

    /**
     * Whether this employee may send from the mailbox: a personal mailbox only by its owner; a company
     * mailbox by everyone when open to all, else by the listed employees and the members of listed groups.
     */
    public boolean usableBy(Employee employee) {
        if (!account.id.equals(employee.account.id)) {
            return false;
        }
        if (scope == MailboxScope.EMPLOYEE) {
            return owner != null && owner.id.equals(employee.id);
        }
        if (allEmployees) {
            return true;
        }
        return employees.stream().anyMatch(e -> e.id.equals(employee.id))
                || groups.stream().anyMatch(g -> employee.groups.stream().anyMatch(eg -> eg.id.equals(g.id)));
    }

    public static Optional<Mailbox> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    /** A company mailbox of this account; personal mailboxes are not found this way. */
    public static Optional<Mailbox> findCompany(Account account, long id) {
        return find("id = ?1 and account = ?2 and scope = ?3", id, account, MailboxScope.ACCOUNT).firstResultOptional();
    }

    /** A personal mailbox of exactly this owner (in the owner's account). */
    public static Optional<Mailbox> findPersonal(Employee owner, long id) {
        return find("id = ?1 and account = ?2 and owner = ?3", id, owner.account, owner).firstResultOptional();
    }

    public static List<Mailbox> listCompany(Account account) {
        return list("account = ?1 and scope = ?2 order by createdAt, id", account, MailboxScope.ACCOUNT);
    }

    public static List<Mailbox> listPersonal(Employee owner) {
        return list("account = ?1 and owner = ?2 order by createdAt, id", owner.account, owner);
    }
}
