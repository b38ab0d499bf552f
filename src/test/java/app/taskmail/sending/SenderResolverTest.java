package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.account.Plan;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.MailboxScope;
import app.taskmail.project.Project;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** PRODUCT §3 on every combination, without database or clock. */
class SenderResolverTest {

    static final Instant NOW = Instant.parse("2026-12-10T12:00:00Z");
    static final AtomicLong IDS = new AtomicLong(100);

    final SenderResolver resolver = new SenderResolver("taskmail.local");
    final Account account = account(Plan.PAID, null);
    final Employee employee = employee(account, "bob");
    final Project project = project(account, "Website");

    @Test
    void freeAccountOffersOnlyTheInternalAddressAndSaysWhy() {
        account.plan = Plan.FREE;
        SenderOptions options = resolve(personal(employee, "bob@own.example", m -> { }));
        assertEquals(List.of("bob@acme.taskmail.local"), addresses(options));
        assertEquals(SenderKind.INTERNAL, options.defaultOption().kind());
        assertEquals("the account is on the free plan: mail goes from your internal address", options.reason());
        assertFalse(options.externalAllowed());
    }

    @Test
    void paidAndPremiumAccountsMayUseExternalMailboxes() {
        for (Plan plan : List.of(Plan.PAID, Plan.PREMIUM)) {
            account.plan = plan;
            assertEquals(SenderKind.COMPANY, resolve(company("info@acme.example", m -> { })).defaultOption().kind());
        }
    }

    @Test
    void runningTrialAllowsExternalMailboxesOnAFreePlan() {
        account.plan = Plan.FREE;
        account.trialEndsAt = NOW.plusSeconds(3600);
        SenderOptions options = resolve(company("info@acme.example", m -> { }));
        assertEquals("info@acme.example", options.defaultOption().address());
        assertTrue(options.externalAllowed());
    }

    @Test
    void endedTrialOnAFreePlanFallsBackToInternalWithTheDate() {
        account.plan = Plan.FREE;
        account.trialEndsAt = Instant.parse("2026-12-03T09:00:00Z");
        SenderOptions options = resolve(company("info@acme.example", m -> { }));
        assertEquals(List.of("bob@acme.taskmail.local"), addresses(options));
        assertEquals("the trial ended on 3 Dec 2026: mail goes from your internal address", options.reason());
    }

    @Test
    void endedTrialOnAPaidPlanChangesNothing() {
        account.trialEndsAt = Instant.parse("2026-12-03T09:00:00Z");
        assertEquals("info@acme.example", resolve(company("info@acme.example", m -> { })).defaultOption().address());
    }

    @Test
    void personalMailboxOnlyIsTheDefault() {
        SenderOptions options = resolve(personal(employee, "bob@own.example", m -> { }));
        assertEquals(List.of("bob@own.example", "bob@acme.taskmail.local"), addresses(options));
        assertEquals(SenderKind.PERSONAL, options.defaultOption().kind());
        assertEquals(SenderResolver.PERSONAL_REASON, options.reason());
    }

    @Test
    void companyMailboxOnlyIsTheDefault() {
        SenderOptions options = resolve(company("info@acme.example", m -> { }));
        assertEquals(List.of("info@acme.example", "bob@acme.taskmail.local"), addresses(options));
        assertEquals("company mailbox for all projects", options.reason());
    }

    @Test
    void personalWinsOverCompanyAndOptionsArePersonalCompanyInternal() {
        Mailbox linkedCompany = company("website@acme.example", m -> link(m, project));
        SenderOptions options = resolve(linkedCompany, personal(employee, "bob@own.example", m -> { }));
        assertEquals(List.of("bob@own.example", "website@acme.example", "bob@acme.taskmail.local"), addresses(options));
        assertEquals(List.of(SenderKind.PERSONAL, SenderKind.COMPANY, SenderKind.INTERNAL),
                options.options().stream().map(SenderOption::kind).toList());
        assertEquals("bob@own.example", options.defaultOption().address());
        assertEquals(SenderResolver.PERSONAL_REASON, options.reason());
    }

    @Test
    void companyMailboxLinkedToTheProjectBeatsAnAllProjectsOneEvenIfThatIsPreferredAndOlder() {
        Mailbox all = company("info@acme.example", m -> { m.preferred = true; m.createdAt = NOW.minusSeconds(9999); });
        Mailbox linked = company("website@acme.example", m -> link(m, project));
        SenderOptions options = resolve(all, linked);
        assertEquals("website@acme.example", options.defaultOption().address());
        assertEquals("company mailbox linked to project Website", options.reason());
        assertEquals(List.of("website@acme.example", "info@acme.example", "bob@acme.taskmail.local"), addresses(options));
    }

    @Test
    void amongEquallyLinkedCompanyMailboxesThePreferredOneWins() {
        Mailbox older = company("old@acme.example", m -> m.createdAt = NOW.minusSeconds(9999));
        Mailbox preferred = company("pref@acme.example", m -> m.preferred = true);
        SenderOptions options = resolve(older, preferred);
        assertEquals("pref@acme.example", options.defaultOption().address());
        assertEquals("company mailbox for all projects (the one marked as preferred)", options.reason());
    }

    @Test
    void amongEqualCompanyMailboxesTheOldestWinsThenTheLowestId() {
        Mailbox newer = company("new@acme.example", m -> m.createdAt = NOW.minusSeconds(10));
        Mailbox oldest = company("oldest@acme.example", m -> m.createdAt = NOW.minusSeconds(500));
        assertEquals("oldest@acme.example", resolve(newer, oldest).defaultOption().address());
        assertEquals("company mailbox for all projects (the one added first)", resolve(newer, oldest).reason());

        Mailbox second = company("b@acme.example", m -> m.createdAt = NOW.minusSeconds(60));
        Mailbox first = company("a@acme.example", m -> { m.createdAt = NOW.minusSeconds(60); m.id = 1L; });
        assertEquals("a@acme.example", resolve(second, first).defaultOption().address());
    }

    @Test
    void companyMailboxOpenToListedEmployeesIsOfferedOnlyToThem() {
        Mailbox listed = company("sales@acme.example", m -> { m.allEmployees = false; m.employees.add(employee); });
        assertTrue(addresses(resolve(listed)).contains("sales@acme.example"));
        Employee other = employee(account, "carol");
        Mailbox notListed = company("ceo@acme.example", m -> { m.allEmployees = false; m.employees.add(other); });
        assertFalse(addresses(resolve(notListed)).contains("ceo@acme.example"));
    }

    @Test
    void companyMailboxOpenToAGroupIsOfferedToItsMembersOnly() {
        Group support = new Group();
        support.id = IDS.incrementAndGet();
        support.account = account;
        Mailbox forGroup = company("support@acme.example", m -> { m.allEmployees = false; m.groups.add(support); });
        assertFalse(addresses(resolve(forGroup)).contains("support@acme.example"));
        employee.groups.add(support);
        assertEquals("support@acme.example", resolve(forGroup).defaultOption().address());
    }

    @Test
    void mailboxLinkedToAnotherProjectIsNotOffered() {
        Project other = project(account, "Onboarding");
        Mailbox elsewhere = company("onboarding@acme.example", m -> link(m, other));
        Mailbox personalElsewhere = personal(employee, "bob-onboarding@own.example", m -> link(m, other));
        SenderOptions options = resolve(elsewhere, personalElsewhere);
        assertEquals(List.of("bob@acme.taskmail.local"), addresses(options));
        assertEquals(SenderResolver.NO_MAILBOX_REASON, options.reason());
    }

    @Test
    void disabledOrUnverifiedMailboxesAreNotOffered() {
        Mailbox disabled = company("off@acme.example", m -> m.enabled = false);
        Mailbox neverTested = company("untested@acme.example", m -> m.verifiedVersion = null);
        Mailbox changedSinceTest = personal(employee, "bob@own.example", m -> m.settingsVersion = 3);
        assertEquals(List.of("bob@acme.taskmail.local"), addresses(resolve(disabled, neverTested, changedSinceTest)));
    }

    @Test
    void anotherEmployeesPersonalMailboxAndAnotherAccountsMailboxAreNotOffered() {
        Mailbox carols = personal(employee(account, "carol"), "carol@own.example", m -> { });
        Account globex = account(Plan.PAID, null);
        Mailbox foreign = company("info@globex.example", m -> m.account = globex);
        assertEquals(List.of("bob@acme.taskmail.local"), addresses(resolve(carols, foreign)));
    }

    @Test
    void mailboxNeedingAttentionIsStillOfferedButTheReasonWarns() {
        Mailbox troubled = personal(employee, "bob@own.example", m -> m.attentionReason = "535 5.7.8 bad credentials");
        SenderOptions options = resolve(troubled);
        assertEquals("bob@own.example", options.defaultOption().address());
        assertTrue(options.defaultOption().needsAttention());
        assertTrue(options.reason().endsWith("it needs attention, so messages from it wait until it is fixed"));
    }

    @Test
    void choiceIsTheDefaultWhenBlankAndRefusedWhenNotAnOption() {
        Mailbox mine = personal(employee, "bob@own.example", m -> { });
        Mailbox carols = personal(employee(account, "carol"), "carol@own.example", m -> { });
        SenderOptions options = resolve(mine, carols);
        assertEquals(options.defaultOption(), options.choose("").orElseThrow());
        assertEquals(SenderKind.INTERNAL, options.choose("internal").orElseThrow().kind());
        assertTrue(options.choose(String.valueOf(carols.id)).isEmpty());
        assertTrue(options.choose("12; drop table").isEmpty());
    }

    // ------------------------------------------------------------------ builders

    SenderOptions resolve(Mailbox... candidates) {
        return resolver.resolve(account, employee, project, Arrays.asList(candidates), NOW);
    }

    static List<String> addresses(SenderOptions options) {
        return options.options().stream().map(SenderOption::address).toList();
    }

    Mailbox company(String email, Consumer<Mailbox> adjust) {
        return mailbox(MailboxScope.ACCOUNT, null, email, adjust);
    }

    Mailbox personal(Employee owner, String email, Consumer<Mailbox> adjust) {
        return mailbox(MailboxScope.EMPLOYEE, owner, email, adjust);
    }

    Mailbox mailbox(MailboxScope scope, Employee owner, String email, Consumer<Mailbox> adjust) {
        Mailbox m = new Mailbox();
        m.id = IDS.incrementAndGet();
        m.account = account;
        m.scope = scope;
        m.owner = owner;
        m.email = email;
        m.displayName = "Name of " + email;
        m.enabled = true;
        m.settingsVersion = 1;
        m.verifiedVersion = 1;
        m.createdAt = NOW.minusSeconds(100);
        adjust.accept(m);
        return m;
    }

    static void link(Mailbox m, Project project) {
        m.allProjects = false;
        m.projects.add(project);
    }

    static Account account(Plan plan, Instant trialEndsAt) {
        Account a = new Account();
        a.id = IDS.incrementAndGet();
        a.slug = "acme";
        a.plan = plan;
        a.trialEndsAt = trialEndsAt;
        return a;
    }

    static Employee employee(Account account, String login) {
        Employee e = new Employee();
        e.id = IDS.incrementAndGet();
        e.account = account;
        e.login = login;
        e.displayName = "Person " + login;
        return e;
    }

    static Project project(Account account, String name) {
        Project p = new Project();
        p.id = IDS.incrementAndGet();
        p.account = account;
        p.name = name;
        return p;
    }
}
