package app.taskmail.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person of an account who logs in. The login is unique in the whole installation (it is what the
 * login form asks for) and is the local part of the employee's internal address.
 */
@Entity
@UserDefinition
public class Employee extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Username
    @Column(unique = true)
    public String login;

    public String displayName;

    /** bcrypt (modular crypt format); never rendered, never logged. */
    @Password
    public String passwordHash;

    /** Stored as the {@link Role} name; a plain string because the security layer reads it as the role. */
    @Roles
    public String role;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "employee_group_member",
            joinColumns = @JoinColumn(name = "employee_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    @OrderBy("name")
    public Set<Group> groups = new LinkedHashSet<>();

    public Instant createdAt;

    /** The employee asked for mail when notified (My profile); off by default. */
    public boolean notifyByEmail;

    /**
     * Their own address for notification mail (e.g. their work inbox), lower-cased; never an address of the
     * internal domain, which would only loop back into Taskmail. Kept while notifications by mail are off.
     */
    public String notificationEmail;

    public Role role() {
        return Role.valueOf(role);
    }

    public boolean isAdmin() {
        return role() == Role.ADMIN;
    }

    /** {@code <login>@<account-slug>.<internal-domain>}: derived, never configured (PRODUCT §1). */
    public String internalAddress(String internalDomain) {
        return login + "@" + account.slug + "." + internalDomain;
    }

    /** Where notification mail goes: the chosen address while the employee has it switched on, else empty. */
    public Optional<String> notificationAddress() {
        return notifyByEmail && notificationEmail != null ? Optional.of(notificationEmail) : Optional.empty();
    }

    /**
     * The employee of this account who receives notification mail at this address (switched on), if any. A reply
     * from that address is theirs, not a contact's.
     */
    public static Optional<Employee> findByNotificationEmail(Account account, String email) {
        if (email == null) {
            return Optional.empty();
        }
        return find("account = ?1 and notifyByEmail = true and lower(notificationEmail) = ?2", account,
                email.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Serialises the transactions that are about to create this login (a PostgreSQL advisory lock held until
     * the current transaction ends), so that a check for the login followed by an insert cannot race with
     * another. Always true, to read well in a condition.
     */
    public static boolean lockLogin(String login) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(1, hashtext(?1))")
                .setParameter(1, login).getSingleResult();
        return true;
    }

    public static Optional<Employee> findByLogin(String login) {
        return find("from Employee e join fetch e.account where e.login = ?1", login).firstResultOptional();
    }

    public static Optional<Employee> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    public static List<Employee> listInAccount(Account account) {
        return list("account = ?1 order by displayName", account);
    }
}
