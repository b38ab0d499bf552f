package app.taskmail.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/** One company: the tenant that owns every other record. Nothing ever crosses accounts. */
@Entity
public class Account extends PanacheEntity {

    public String name;

    /** Lower-case DNS label; part of every internal address of this account. */
    @Column(unique = true)
    public String slug;

    @Enumerated(EnumType.STRING)
    public Plan plan;

    /** End of a trial; while it lies in the future the account may use external mailboxes whatever its plan. */
    public Instant trialEndsAt;

    public Instant createdAt;

    public static Optional<Account> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** A trial counts while its end lies strictly after {@code now}. */
    public boolean trialRunning(Instant now) {
        return trialEndsAt != null && trialEndsAt.isAfter(now);
    }

    /** The plan rule (PRODUCT §2): paid plans, or any plan during a running trial. */
    public boolean mayUseExternalMailboxes(Instant now) {
        return plan.isPaid() || trialRunning(now);
    }
}
