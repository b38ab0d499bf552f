package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.mailbox.Mailbox;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * One "Check forwarding" of a mailbox: a message sent from the mailbox to its own address, carrying
 * {@link #token} (unguessable) in a header. It proves forwarding when it comes back to Taskmail.
 */
@Entity
public class ForwardingProbe extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mailbox_id")
    public Mailbox mailbox;

    public String token;
    public String messageId;
    /** The mailbox's address when the probe was made; a probe no longer counts once the address changed. */
    public String mailboxEmail;
    /** The internal address the provider should forward to. */
    public String forwardTo;
    public Instant createdAt;
    public Instant arrivedAt;
    /** The internal address the probe actually came back to. */
    public String arrivedVia;

    static Optional<ForwardingProbe> latest(Mailbox mailbox) {
        return find("mailbox = ?1 and mailboxEmail = ?2 order by createdAt desc, id desc", mailbox, mailbox.email)
                .firstResultOptional();
    }

    static Optional<ForwardingProbe> findByToken(Account account, String token) {
        return find("account = ?1 and token = ?2", account, token).firstResultOptional();
    }
}
