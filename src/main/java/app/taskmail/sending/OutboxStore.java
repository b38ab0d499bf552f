package app.taskmail.sending;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The dispatcher's SQL on the outbox. Each method runs in its own short transaction that commits before any
 * SMTP is spoken, so several instances on one database share the work safely:
 * <ul>
 * <li>{@link #claim} takes due messages with {@code FOR UPDATE SKIP LOCKED} (two instances never take the same
 * row) and marks them {@code SENDING} with a fresh lease token and expiry. Messages whose lease expired (their
 * instance died) are due again.</li>
 * <li>{@link #finish} writes the outcome only {@code WHERE id = ? AND lease_token = ?}: an instance whose lease
 * was lost (it took too long and another took over) changes nothing.</li>
 * </ul>
 * Messages of a mailbox that needs attention, or whose current settings were never tested, are not claimed:
 * they wait. That holds only while the account may use external mailboxes — the condition below mirrors
 * {@code Account.mayUseExternalMailboxes} — because otherwise they go from the internal address anyway.
 */
@ApplicationScoped
public class OutboxStore {

    static final String CLAIM = """
            with due as (
                select o.id from outgoing_message o
                where ((o.status in ('QUEUED', 'RETRYING') and o.next_attempt_at <= ?)
                       or (o.status = 'SENDING' and o.lease_expires_at < ?))
                  and not exists (
                      select 1 from mailbox mb join account a on a.id = mb.account_id
                      where mb.id = o.mailbox_id and o.sender_kind <> 'INTERNAL' and mb.enabled
                        and (a.plan <> 'FREE' or a.trial_ends_at > ?)
                        and (mb.attention_reason is not null or mb.verified_version is distinct from mb.settings_version))
                order by o.next_attempt_at, o.id
                limit ?
                for update of o skip locked)
            update outgoing_message m
               set status = 'SENDING', lease_token = gen_random_uuid(), lease_expires_at = ?,
                   attempts = m.attempts + 1, updated_at = ?
              from due where m.id = due.id
            returning m.id, m.lease_token""";

    /** A message this instance holds: it may finish it only with this token. */
    public record Claim(long id, UUID leaseToken) {
    }

    @Inject
    DataSource dataSource;

    public List<Claim> claim(int limit, Duration lease) {
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CLAIM)) {
                s.setObject(1, ts(now));
                s.setObject(2, ts(now));
                s.setObject(3, ts(now));
                s.setInt(4, limit);
                s.setObject(5, ts(now.plus(lease)));
                s.setObject(6, ts(now));
                List<Claim> claims = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new Claim(rs.getLong(1), rs.getObject(2, UUID.class)));
                    }
                }
                return claims;
            }
        });
    }

    /**
     * Writes the outcome of an attempt, if the lease still holds.
     *
     * @return false when the lease was lost: nothing was changed
     */
    public boolean finish(Claim claim, Finish finish) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                if (update(c, finish.sql(), finish.parameters(claim)) == 0) {
                    return false;
                }
                if (finish.attention() != null) {
                    Finish.Attention a = finish.attention();
                    update(c, "update mailbox set attention_reason = ?, attention_since = coalesce(attention_since, ?)"
                            + " where id = ? and settings_version = ?",
                            Arrays.asList(a.reason(), ts(finish.at()), a.mailboxId(), a.settingsVersion()));
                }
                return true;
            }
        });
    }

    /**
     * Clears the attention mark of mailboxes that were tested successfully after the problem was seen (new
     * settings, or the same settings working again); their waiting messages become due at once.
     */
    public int releaseFixedMailboxes() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                return update(c, "update mailbox set attention_reason = null, attention_since = null"
                        + " where attention_reason is not null and verified_version = settings_version"
                        + " and verified_at is not null and (attention_since is null or verified_at > attention_since)",
                        List.of());
            }
        });
    }

    /** Messages not yet delivered nor given up: queued, retrying, waiting or being sent. */
    public long depth() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                    "select count(*) from outgoing_message where status in ('QUEUED', 'RETRYING', 'SENDING')");
                    ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static int update(Connection c, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            return s.executeUpdate();
        }
    }
}
