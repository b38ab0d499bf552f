package app.taskmail.project;

import app.taskmail.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Groups the tasks of one account. Its name is unique within the account and appears in mail subjects. */
@Entity
public class Project extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    public String name;

    public String description;

    public Instant createdAt;

    public static Optional<Project> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    public static List<Project> listInAccount(Account account) {
        return list("account = ?1 order by lower(name)", account);
    }

    public static Optional<Project> findByName(Account account, String name) {
        return find("account = ?1 and lower(name) = lower(?2)", account, name).firstResultOptional();
    }
}
