package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.project.Project;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Decides which addresses an employee may send a task's notifications from, and which one is the default
 * (PRODUCT §3). Pure: it reads only what it is given, no database, no clock, no configuration besides the
 * internal domain.
 *
 * <h2>The precedence — written here once</h2>
 * <ol>
 * <li>If the account may not use external mailboxes ({@link Account#mayUseExternalMailboxes}: plan
 * {@code FREE} and no running trial), the only option is the employee's internal address, and it is the
 * default.</li>
 * <li>A mailbox counts only if it belongs to the account, is enabled, is verified with its current settings
 * ({@link Mailbox#isVerified()}), applies to the task's project ({@link Mailbox#appliesTo}) and may be used by
 * the employee ({@link Mailbox#usableBy}: a personal one by its owner only; a company one by everyone, or by
 * the listed employees and the members of the listed groups).</li>
 * <li>Options, in this order: the personal mailboxes, then the company mailboxes, then the internal address.
 * Within each level the mailboxes are ranked: linked explicitly to the project before "all projects", then
 * the one marked preferred, then the oldest ({@code createdAt}), then the lowest id.</li>
 * <li>Default: <b>user level wins over account level</b> — the first personal mailbox; otherwise the first
 * company mailbox in that ranking; otherwise the internal address.</li>
 * </ol>
 * A mailbox that {@linkplain Mailbox#needsAttention() needs attention} (the server refused its login or its
 * sender address) is still offered and may still be the default — the rule above does not look at it — but
 * its option carries the reason and the explanation warns that messages from it wait until it is fixed.
 * Choosing it therefore never sends from another address behind the user's back.
 */
public final class SenderResolver {

    static final String PERSONAL_REASON =
            "your personal mailbox applies to this project — personal mailboxes come before company ones";
    static final String ALL_PROJECTS_REASON = "company mailbox for all projects";
    static final String NO_MAILBOX_REASON =
            "no external mailbox applies to this project and is open to you: mail goes from your internal address";
    static final String INTERNAL_SUFFIX = ": mail goes from your internal address";
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final String internalDomain;

    public SenderResolver(String internalDomain) {
        this.internalDomain = internalDomain;
    }

    public SenderOptions resolve(Account account, Employee employee, Project project,
            Collection<Mailbox> candidates, Instant now) {
        SenderOption internal = internalOption(employee);
        if (!account.mayUseExternalMailboxes(now)) {
            return new SenderOptions(List.of(internal), internal, planLimit(account, now) + INTERNAL_SUFFIX, false);
        }
        Comparator<Mailbox> ranking = ranking(project);
        List<Mailbox> usable = candidates.stream().filter(m -> counts(m, account, employee, project)).toList();
        List<Mailbox> personal = usable.stream().filter(m -> m.scope == MailboxScope.EMPLOYEE).sorted(ranking).toList();
        List<Mailbox> company = usable.stream().filter(m -> m.scope == MailboxScope.ACCOUNT).sorted(ranking).toList();

        List<SenderOption> options = new ArrayList<>();
        personal.forEach(m -> options.add(option(m, SenderKind.PERSONAL)));
        company.forEach(m -> options.add(option(m, SenderKind.COMPANY)));
        options.add(internal);

        if (!personal.isEmpty()) {
            return withDefault(options, options.get(0), PERSONAL_REASON + tieBreak(personal, project));
        }
        if (!company.isEmpty()) {
            Mailbox first = company.get(0);
            String level = first.linkedExplicitlyTo(project)
                    ? "company mailbox linked to project " + project.name : ALL_PROJECTS_REASON;
            return withDefault(options, options.get(0), level + tieBreak(company, project));
        }
        return new SenderOptions(options, internal, NO_MAILBOX_REASON, true);
    }

    /**
     * Why the account may not send from external mailboxes now, in words ("the account is on the free plan",
     * "the trial ended on 3 Dec 2026"). Only meaningful when {@link Account#mayUseExternalMailboxes} is false.
     */
    public static String planLimit(Account account, Instant now) {
        if (account.trialEndsAt != null && !account.trialEndsAt.isAfter(now)) {
            return "the trial ended on " + DAY.format(account.trialEndsAt);
        }
        return "the account is on the free plan";
    }

    /** Ranking within one level: explicit project link, then preferred, then oldest, then lowest id. */
    static Comparator<Mailbox> ranking(Project project) {
        return Comparator.comparing((Mailbox m) -> !m.linkedExplicitlyTo(project))
                .thenComparing(m -> !m.preferred)
                .thenComparing(m -> m.createdAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.id, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    private static boolean counts(Mailbox m, Account account, Employee employee, Project project) {
        return m.account != null && account.id.equals(m.account.id)
                && m.enabled && m.isVerified() && m.appliesTo(project) && m.usableBy(employee);
    }

    /** Says how a tie within the winner's level was broken, if there was one. */
    private static String tieBreak(List<Mailbox> ranked, Project project) {
        Mailbox first = ranked.get(0);
        List<Mailbox> rivals = ranked.stream().skip(1)
                .filter(m -> m.linkedExplicitlyTo(project) == first.linkedExplicitlyTo(project)).toList();
        if (rivals.isEmpty()) {
            return "";
        }
        if (first.preferred && rivals.stream().noneMatch(m -> m.preferred)) {
            return " (the one marked as preferred)";
        }
        return " (the one added first)";
    }

    private static SenderOptions withDefault(List<SenderOption> options, SenderOption chosen, String reason) {
        String full = chosen.needsAttention()
                ? reason + "; it needs attention, so messages from it wait until it is fixed" : reason;
        return new SenderOptions(options, chosen, full, true);
    }

    private SenderOption internalOption(Employee employee) {
        return new SenderOption(SenderOption.INTERNAL_ID, SenderKind.INTERNAL,
                employee.internalAddress(internalDomain), employee.displayName, null, null);
    }

    private static SenderOption option(Mailbox m, SenderKind kind) {
        String name = m.displayName == null || m.displayName.isBlank() ? m.email : m.displayName;
        return new SenderOption(String.valueOf(m.id), kind, m.email, name, m.id, m.attentionReason);
    }
}
