package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.inbound.UnreadableMailException.Reason;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The one way into Taskmail for received mail, shared by the SMTP listener and {@code POST /inbound/raw}:
 * the message is read once, its recipients are grouped by account, and each account handles it in a
 * transaction of its own ({@link MessageIntake}). Every outcome is logged on one INFO line, never with
 * the message's text.
 */
@ApplicationScoped
public class InboundMail {

    private static final Logger LOG = Logger.getLogger(InboundMail.class);

    @Inject
    InboundSettings settings;

    @Inject
    MessageIntake intake;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    private MailReader reader;

    @PostConstruct
    void init() {
        reader = new MailReader(settings.maxAttachmentSize().asLongValue());
    }

    /** Whether mail for this address is taken at all: the internal domain, and an account with that slug. */
    public boolean accepts(String address) {
        Optional<InternalAddress> internal = InternalAddress.parse(address, internalDomain);
        return internal.isPresent()
                && QuarkusTransaction.requiringNew().call(() -> Account.findBySlug(internal.get().slug()).isPresent());
    }

    public long maxSize() {
        return settings.maxSize().asLongValue();
    }

    /**
     * Reads and handles one message. Unreadable bytes are refused before anything is saved; a failure
     * while saving rolls back that account's transaction and is thrown on, so the sender can retry.
     */
    public List<Outcome> receive(Envelope envelope, byte[] raw) throws UnreadableMailException {
        if (raw.length > maxSize()) {
            throw new UnreadableMailException(Reason.TOO_LARGE);
        }
        ParsedMail mail = reader.read(raw);
        Map<String, List<InternalAddress>> byAccount = byAccount(
                envelope.recipients().isEmpty() ? mail.headers().recipients() : envelope.recipients());
        List<Outcome> outcomes = new ArrayList<>();
        if (byAccount.isEmpty()) {
            outcomes.add(Outcome.ignored("-", IgnoreReason.NO_RECIPIENT));
        }
        byAccount.forEach((slug, recipients) -> outcomes.add(QuarkusTransaction.requiringNew()
                .call(() -> intake.deliver(slug, recipients, envelope, mail))));
        String sender = mail.effective().headers().from() == null ? envelope.sender() : mail.effective().headers().from().email();
        outcomes.forEach(o -> LOG.infof("Inbound mail %s (message %s, from %s)", o.describe(), mail.effective().key(), sender));
        return outcomes;
    }

    private Map<String, List<InternalAddress>> byAccount(List<String> addresses) {
        Map<String, List<InternalAddress>> byAccount = new LinkedHashMap<>();
        addresses.stream().map(a -> InternalAddress.parse(a, internalDomain)).flatMap(Optional::stream).distinct()
                .forEach(a -> byAccount.computeIfAbsent(a.slug(), s -> new ArrayList<>()).add(a));
        return byAccount;
    }
}
