package app.taskmail.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A named set of employees of one account; company mailboxes can be opened to a group. */
@Entity(name = "EmployeeGroup")
@Table(name = "employee_group")
public class Group extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    public String name;

    @ManyToMany(mappedBy = "groups", fetch = FetchType.LAZY)
    public Set<Employee> members = new LinkedHashSet<>();

    public static Optional<Group> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    public static List<Group> listInAccount(Account account) {
        return list("account = ?1 order by name", account);
    }

    public static Optional<Group> findByName(Account account, String name) {
        return find("account = ?1 and lower(name) = lower(?2)", account, name).firstResultOptional();
    }
}
