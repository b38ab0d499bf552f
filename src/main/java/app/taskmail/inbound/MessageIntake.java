package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import app.taskmail.sending.Notifier;
import app.taskmail.sending.OutgoingMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Handles one received message for one account, inside one transaction that the caller opens: either
 * everything it creates is saved, or nothing. The steps, in order:
 * <ol>
 * <li>the same message (same {@link ParsedMail#key()}) already handled in this account: nothing more;
 * concurrent deliveries of one message wait for each other on an advisory lock;</li>
 * <li>a forwarding check coming back ({@link ForwardingCheck}): recorded, nothing else;</li>
 * <li>loops and junk ({@link LoopGuard}, and Message-IDs found in any account's outbox): ignored;</li>
 * <li>{@link ReplyMatcher}: a matched task gets a comment by the sender ({@link MailComments}) — by the
 * employee whose notification address sent it, else by a contact;</li>
 * <li>no match, sent to the inbox or to an employee's address: a new task ({@link InboxTasks});</li>
 * <li>anything else is ignored.</li>
 * </ol>
 * Checks 1–3 look at the message as it arrived and, for a manual forward, at the original too.
 */
@ApplicationScoped
class MessageIntake {

    @Inject
    EntityManager em;

    @Inject
    ForwardingCheck forwarding;

    @Inject
    Notifier notifier;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    Outcome deliver(String slug, List<InternalAddress> recipients, Envelope envelope, ParsedMail mail) {
        Optional<Account> found = Account.findBySlug(slug);
        if (found.isEmpty()) {
            return Outcome.ignored(slug, IgnoreReason.UNKNOWN_ACCOUNT);
        }
        Account account = found.get();
        ParsedMail effective = mail.effective();
        String key = effective.key();
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, account.id + " " + key)
                .getSingleResult();
        if (InboundMessage.seen(account, key)) {
            return Outcome.of(Outcome.Kind.DUPLICATE, slug, null);
        }
        Optional<ForwardingProbe> probe = probe(account, mail, recipients);
        if (probe.isPresent()) {
            InboundMessage.record(account, key, Outcome.Kind.FORWARDING_VERIFIED, null, null, probe.get().mailboxEmail);
            return Outcome.of(Outcome.Kind.FORWARDING_VERIFIED, slug, null);
        }
        Optional<IgnoreReason> junk = junk(mail);
        if (junk.isPresent()) {
            return Outcome.ignored(slug, junk.get());
        }
        MailAddress sender = sender(mail, envelope);
        if (sender == null) {
            return Outcome.ignored(slug, IgnoreReason.NO_SENDER);
        }
        if (sender.isInternal(internalDomain)) {
            return Outcome.ignored(slug, IgnoreReason.OWN_SENDER);
        }
        return act(account, recipients, mail, sender, key);
    }

    private Outcome act(Account account, List<InternalAddress> recipients, ParsedMail mail, MailAddress sender,
            String key) {
        ParsedMail effective = mail.effective();
        ReplyMatcher.Request request = new ReplyMatcher.Request(account.slug, recipients, headerAddresses(mail),
                effective.headers().threadIds(), effective.headers().subject(), sender.email());
        ReplyMatcher.Match match = ReplyMatcher.match(request, new AccountTasks(account));
        if (match.rule() == ReplyMatcher.Rule.REFUSED) {
            return Outcome.ignored(account.slug, IgnoreReason.WRONG_REPLY_ADDRESS);
        }
        if (match.found()) {
            Task task = Task.findInAccount(account, match.taskId()).orElseThrow();
            Optional<Employee> employee = colleague(account, sender);
            Comment comment = employee.isPresent()
                    ? MailComments.add(task, employee.get(), effective, notifier)
                    : MailComments.add(task, MailComments.contactFor(account, sender), effective, notifier);
            InboundMessage.record(account, key, Outcome.Kind.COMMENT_ADDED, task, comment, sender.email());
            return Outcome.of(Outcome.Kind.COMMENT_ADDED, account.slug, task.id);
        }
        List<Employee> addressed = addressedEmployees(account, recipients);
        boolean toInbox = recipients.stream().anyMatch(r -> r.kind() == InternalAddress.Kind.INBOX);
        if (!toInbox && addressed.isEmpty()) {
            return Outcome.ignored(account.slug, IgnoreReason.NO_TASK);
        }
        Optional<Employee> employee = colleague(account, sender);
        Task task = employee.isPresent()
                ? InboxTasks.open(account, employee.get(), addressed, effective, notifier)
                : InboxTasks.open(account, MailComments.contactFor(account, sender), addressed, effective, notifier);
        InboundMessage.record(account, key, Outcome.Kind.TASK_OPENED, task, null, sender.email());
        return Outcome.of(Outcome.Kind.TASK_OPENED, account.slug, task.id);
    }

    /** The employee whose own notification address sent this, if any: their mail is theirs, not a contact's. */
    private static Optional<Employee> colleague(Account account, MailAddress sender) {
        return Employee.findByNotificationEmail(account, sender.email());
    }

    private Optional<ForwardingProbe> probe(Account account, ParsedMail mail, List<InternalAddress> recipients) {
        String via = recipients.isEmpty() ? null : recipients.get(0).address(internalDomain);
        return Stream.of(mail.headers().probeToken(), mail.effective().headers().probeToken())
                .filter(Objects::nonNull).distinct()
                .map(token -> forwarding.arrived(account, token.strip().toLowerCase(Locale.ROOT), via))
                .flatMap(Optional::stream).findFirst();
    }

    private Optional<IgnoreReason> junk(ParsedMail mail) {
        Optional<IgnoreReason> reason = LoopGuard.check(mail.headers(), internalDomain)
                .or(() -> LoopGuard.check(mail.effective().headers(), internalDomain));
        if (reason.isPresent()) {
            return reason;
        }
        List<String> ids = Stream.of(mail.headers().messageId(), mail.effective().headers().messageId())
                .filter(Objects::nonNull).distinct().toList();
        // Taskmail's own Message-IDs, whichever account sent them: a yes/no that reveals nothing else.
        boolean own = !ids.isEmpty() && OutgoingMessage.count("messageId in ?1", ids) > 0;
        return own ? Optional.of(IgnoreReason.OWN_MESSAGE) : Optional.empty();
    }

    /** From (or Sender) of the message acted on; for a message that is not a forward, else the envelope sender. */
    private static MailAddress sender(ParsedMail mail, Envelope envelope) {
        MailAddress from = mail.effective().headers().from();
        if (from != null || mail.original() != null) {
            return from;
        }
        String fallback = envelope.sender() != null ? envelope.sender() : mail.headers().returnPath();
        return fallback == null ? null : MailAddress.of(fallback.replaceAll("[<>]", ""), null).orElse(null);
    }

    private List<InternalAddress> headerAddresses(ParsedMail mail) {
        List<InternalAddress> addresses = new ArrayList<>();
        Stream.concat(mail.effective().headers().recipients().stream(), mail.headers().recipients().stream())
                .map(a -> InternalAddress.parse(a, internalDomain)).flatMap(Optional::stream).forEach(addresses::add);
        return addresses;
    }

    private static List<Employee> addressedEmployees(Account account, List<InternalAddress> recipients) {
        return recipients.stream().filter(r -> r.kind() == InternalAddress.Kind.PERSON)
                .map(r -> Employee.<Employee>find("account = ?1 and lower(login) = ?2", account, r.localPart())
                        .firstResultOptional())
                .flatMap(Optional::stream).distinct().toList();
    }
}
