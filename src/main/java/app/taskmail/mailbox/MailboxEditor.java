package app.taskmail.mailbox;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules of editing a mailbox: which password a form means ({@link PasswordChoice}), testing typed
 * settings, and saving.
 *
 * <p>Saving enabled needs a successful test with exactly the submitted address, connection settings and
 * password (a {@link MailboxCheck} of the last {@link MailboxChecks#VALID_FOR}), unless nothing changed since
 * the mailbox was verified. Changing the address, host, port, security, username or password starts a new
 * settings version, which is unverified until tested. Saving disabled is always possible (a draft).
 */
@ApplicationScoped
public class MailboxEditor {

    @Inject
    CurrentEmployee me;

    @Inject
    MailboxCredentials credentials;

    @Inject
    MailboxChecks checks;

    @Inject
    HostGuard guard;

    @Inject
    SmtpConnectionTester tester;

    /** The outcome of a test run from the form, and the token the re-shown form carries. */
    record TestRun(SmtpTestResult result, String token) {
    }

    /**
     * Tests the typed settings, outside any transaction (it waits for the network). Returns empty, with
     * messages in {@code errors}, when the settings are not complete enough to test.
     */
    Optional<TestRun> test(MailboxHolder holder, Mailbox existing, MailboxForm form, FormErrors errors) {
        if (!connectionFieldsValid(existing, form, errors)) {
            return Optional.empty();
        }
        Optional<PasswordChoice> password = password(holder, existing, form, errors);
        if (password.isEmpty()) {
            return Optional.empty();
        }
        SmtpSettings settings = form.settings(password.get().value());
        SmtpTestResult result = tester.test(settings);
        String token = checks.record(holder.account().id, existing == null ? null : existing.id, me.employee().id,
                settings, result.ok(), password.get().isNew());
        if (existing != null && isSaved(existing, form, password.get())) {
            Instant now = Instant.now();
            QuarkusTransaction.requiringNew().run(() -> recordOn(holder.find(existing.id), result, now));
            recordOn(existing, result, now);
        }
        return Optional.of(new TestRun(result, token));
    }

    /**
     * Validates and saves; the caller's transaction commits it. Returns empty, with messages in
     * {@code errors} and nothing changed, when the form cannot be saved.
     */
    Optional<Mailbox> save(MailboxHolder holder, Mailbox existing, MailboxForm form, FormErrors errors) {
        MailboxLinks links = MailboxLinks.resolve(holder, form, errors);
        Optional<PasswordChoice> password = connectionFieldsValid(existing, form, errors)
                ? password(holder, existing, form, errors) : Optional.empty();
        password.ifPresent(p -> guardAtSave(form, errors));
        if (errors.any() || password.isEmpty()) {
            return Optional.empty();
        }
        SmtpSettings settings = form.settings(password.get().value());
        boolean changed = existing == null || !isSaved(existing, form, password.get());
        Optional<MailboxCheck> success = checks.successFor(holder.account(), existing, settings);
        if (form.enabled() && success.isEmpty() && (changed || !existing.isVerified())) {
            errors.add("enabled", "Test the account successfully before enabling it.");
            return Optional.empty();
        }
        Mailbox mailbox = existing == null ? holder.newMailbox() : existing;
        apply(mailbox, form, links);
        if (existing == null) {
            mailbox.persist();
        } else if (changed) {
            mailbox.settingsChanged();
        }
        if (password.get().isNew()) {
            credentials.store(mailbox, password.get().value());
        }
        success.ifPresent(check -> mailbox.testSucceeded(check.testedAt));
        if (mailbox.preferred) {
            holder.makeOnlyPreferred(mailbox);
        }
        checks.forget(holder.account(), form.testedToken());
        return Optional.of(mailbox);
    }

    /** See {@link PasswordChoice} for the precedence. */
    private Optional<PasswordChoice> password(MailboxHolder holder, Mailbox existing, MailboxForm form,
            FormErrors errors) {
        if (form.typedPassword()) {
            return Optional.of(new PasswordChoice(form.password(), PasswordChoice.Source.TYPED));
        }
        SmtpSettings typed = form.settings("");
        Optional<String> tested = checks.testedPassword(holder.account(), existing, me.employee(), form.testedToken(),
                typed.host(), typed.port(), typed.security(), typed.username());
        if (tested.isPresent()) {
            return Optional.of(new PasswordChoice(tested.get(), PasswordChoice.Source.TESTED));
        }
        if (existing != null && form.sameConnectionAs(existing)) {
            try {
                return Optional.of(new PasswordChoice(credentials.password(existing), PasswordChoice.Source.STORED));
            } catch (SecretBox.SecretUnreadableException e) {
                errors.add("password", "The stored password can no longer be read. Type it again.");
                return Optional.empty();
            }
        }
        errors.add("password", existing == null ? "Enter the password."
                : "Type the password again: the server settings changed.");
        return Optional.empty();
    }

    /** Refused hosts and unencrypted connections are errors at save; an unknown host only fails its test. */
    private void guardAtSave(MailboxForm form, FormErrors errors) {
        SmtpSettings settings = form.settings("");
        try {
            guard.check(settings);
        } catch (SmtpFailure failure) {
            switch (failure.problem()) {
                case HOST_REFUSED -> errors.add("host", failure.describe());
                case PLAINTEXT_NOT_ALLOWED -> errors.add("security", failure.describe());
                default -> {
                    // a name that does not resolve now may be saved as a draft; enabling needs a passed test
                }
            }
        }
    }

    /** The saved mailbox has exactly this address, connection settings and password. */
    private boolean isSaved(Mailbox mailbox, MailboxForm form, PasswordChoice password) {
        return !form.changesAddressOf(mailbox) && form.sameConnectionAs(mailbox)
                && (!password.isNew() || credentials.storedPasswordIs(mailbox, password.value()));
    }

    /**
     * Whether address and connection settings are good enough to decide about the password. When they are
     * not, a new mailbox without any password is still told so, to show every missing value at once.
     */
    private static boolean connectionFieldsValid(Mailbox existing, MailboxForm form, FormErrors errors) {
        boolean valid = List.of("email", "host", "port", "security", "username").stream().noneMatch(errors::has);
        if (!valid && existing == null && !form.typedPassword()
                && (form.testedToken() == null || form.testedToken().isBlank())) {
            errors.add("password", "Enter the password.");
        }
        return valid;
    }

    private static void recordOn(Mailbox mailbox, SmtpTestResult result, Instant at) {
        if (result.ok()) {
            mailbox.testSucceeded(at);
        } else {
            mailbox.testFailed(at, result.message());
        }
    }

    private static void apply(Mailbox mailbox, MailboxForm form, MailboxLinks links) {
        SmtpSettings settings = form.settings("");
        mailbox.email = settings.email();
        mailbox.host = settings.host();
        mailbox.port = settings.port();
        mailbox.security = settings.security();
        mailbox.username = settings.username();
        mailbox.displayName = Text.clean(form.displayName());
        mailbox.signature = form.signature() == null || form.signature().isBlank() ? null : form.signature().strip();
        mailbox.enabled = form.enabled();
        mailbox.preferred = form.preferred();
        links.applyTo(mailbox);
        mailbox.updatedAt = Instant.now();
    }
}
