package app.taskmail.project;

import app.taskmail.account.Account;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A person outside the company who takes part in tasks by email. Identified by address within one
 * account; addresses are stored lower-cased so that the same person is never two contacts.
 */
@Entity
public class Contact extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    public String name;

    public String email;

    public Instant createdAt;

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    public static Optional<Contact> findInAccount(Account account, long id) {
        return find("id = ?1 and account = ?2", id, account).firstResultOptional();
    }

    public static Optional<Contact> findByEmail(Account account, String email) {
        return find("account = ?1 and email = ?2", account, normalise(email)).firstResultOptional();
    }

    public static List<Contact> listInAccount(Account account) {
        return list("account = ?1 order by lower(name), email", account);
    }

    /** "Name &lt;address&gt;" for display. */
    public String label() {
        return name == null || name.isBlank() ? email : name + " <" + email + ">";
    }
}
