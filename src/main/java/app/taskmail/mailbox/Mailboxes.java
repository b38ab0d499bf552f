package app.taskmail.mailbox;

import app.taskmail.inbound.ForwardingCheck;
import app.taskmail.inbound.ForwardingProbeSender;
import app.taskmail.inbound.ForwardingStatus;
import app.taskmail.inbound.ProbeDelivery;
import app.taskmail.web.Flash;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The mailbox pages, shared by the three places mailboxes are managed ({@link CompanyMailboxes},
 * {@link EmployeeMailboxes}, {@link MyMailboxes}); those decide who may come in and whose mailboxes it is
 * ({@link MailboxHolder}), this does the rest. One list and one form serve all three.
 *
 * <p>"Test account" and "Check forwarding" run outside any transaction (they wait for a remote server);
 * saving runs in one. Both pages show where forwarding stands ({@link ForwardingCheck}).
 */
@ApplicationScoped
public class Mailboxes {

    @Inject
    MailboxEditor editor;

    @Inject
    ForwardingCheck forwarding;

    @Inject
    ForwardingProbeSender probes;

    @Inject
    Flash flash;

    @Inject
    ConnectionChecks checks;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(MailboxHolder holder, List<Mailbox> mailboxes,
                Map<Long, ForwardingStatus> forwarding, String notice);

        static native TemplateInstance form(MailboxFormPage page, ForwardingStatus forwarding, ProbeDelivery probe);
    }

    TemplateInstance index(MailboxHolder holder) {
        return list(holder, null);
    }

    TemplateInstance newForm(MailboxHolder holder, String preset) {
        return form(holder, null, MailboxForm.blank(ProviderPreset.named(preset)), FormErrors.none(), null);
    }

    TemplateInstance edit(MailboxHolder holder, long id) {
        Mailbox mailbox = holder.find(id);
        return form(holder, mailbox, MailboxForm.of(mailbox), FormErrors.none(), null);
    }

    /** "Apply preset" without JavaScript: the form again, with the preset's host, port and security. */
    Response applyPreset(MailboxHolder holder, Long id, MailboxForm form) {
        Mailbox mailbox = id == null ? null : holder.find(id);
        return ok(form(holder, mailbox, form.withPreset(form.chosenPreset()), FormErrors.none(), null));
    }

    /** "Test account": the form again with the result next to the button and everything typed but the password. */
    Response test(MailboxHolder holder, Long id, MailboxForm form) {
        Mailbox mailbox = id == null ? null : holder.find(id);
        FormErrors errors = form.validate();
        Optional<Duration> wait = errors.any() ? Optional.empty() : checks.tryStart(holder.account().id, Instant.now());
        if (wait.isPresent()) {
            SmtpTestResult refused = new SmtpTestResult(false, null, ConnectionChecks.refusal(wait.get()));
            return tooMany(form(holder, mailbox, form, errors, refused));
        }
        Optional<MailboxEditor.TestRun> run = editor.test(holder, mailbox, form, errors);
        MailboxForm shown = form.withTestedToken(run.map(MailboxEditor.TestRun::token).orElse(form.testedToken()));
        TemplateInstance page = form(holder, mailbox, shown, errors, run.map(MailboxEditor.TestRun::result).orElse(null));
        return errors.any() ? Pages.invalid(page) : ok(page);
    }

    @Transactional
    public Response save(MailboxHolder holder, Long id, MailboxForm form) {
        Mailbox mailbox = id == null ? null : holder.find(id);
        FormErrors errors = form.validate();
        if (editor.save(holder, mailbox, form, errors).isPresent()) {
            return Pages.redirect(holder.basePath());
        }
        return Pages.invalid(form(holder, mailbox, form.withTestedToken(form.testedToken()), errors, null));
    }

    /** Enabling from the list needs the mailbox to be verified with its current settings. */
    @Transactional
    public Response enable(MailboxHolder holder, long id) {
        Mailbox mailbox = holder.find(id);
        if (!mailbox.isVerified()) {
            return Pages.invalid(list(holder, "Test " + mailbox.email
                    + " successfully before enabling it: open it, press Test account, then save it enabled."));
        }
        mailbox.enabled = true;
        return Pages.redirect(holder.basePath());
    }

    @Transactional
    public Response disable(MailboxHolder holder, long id) {
        holder.find(id).enabled = false;
        return Pages.redirect(holder.basePath());
    }

    @Transactional
    public Response delete(MailboxHolder holder, long id) {
        holder.find(id).delete();
        return Pages.redirect(holder.basePath());
    }

    /**
     * "Check forwarding": sends the probe from the mailbox to itself and comes back to the mailbox with a
     * notice; refused or failed, the page again with the reason (a refusal is 400, a failure of the
     * mailbox's server 200, as a failed Test account).
     */
    Response checkForwarding(MailboxHolder holder, long id) {
        Mailbox mailbox = holder.find(id);
        Optional<Duration> wait = checks.tryStart(holder.account().id, Instant.now());
        if (wait.isPresent()) {
            ProbeDelivery refused = new ProbeDelivery(ProbeDelivery.Kind.NOT_NOW, mailbox.email,
                    ConnectionChecks.refusal(wait.get()));
            return tooMany(form(holder, mailbox, MailboxForm.of(mailbox), FormErrors.none(), null, refused));
        }
        ProbeDelivery delivery = probes.send(mailbox);
        if (delivery.sent()) {
            return flash.redirect(holder.basePath() + "/" + id, "Probe sent from " + delivery.address() + " to "
                    + delivery.address() + ". When it comes back through your forwarding rule, this page shows it"
                    + " as verified.");
        }
        TemplateInstance page = form(holder, mailbox, MailboxForm.of(mailbox), FormErrors.none(), null, delivery);
        return delivery.kind() == ProbeDelivery.Kind.SMTP_FAILED ? ok(page) : Pages.invalid(page);
    }

    private TemplateInstance list(MailboxHolder holder, String notice) {
        List<Mailbox> mailboxes = holder.mailboxes();
        Map<Long, ForwardingStatus> statuses = new LinkedHashMap<>();
        mailboxes.forEach(m -> statuses.put(m.id, forwarding.status(m)));
        return Templates.index(holder, mailboxes, statuses, notice);
    }

    private TemplateInstance form(MailboxHolder holder, Mailbox mailbox, MailboxForm form, FormErrors errors,
            SmtpTestResult result) {
        return form(holder, mailbox, form, errors, result, null);
    }

    private TemplateInstance form(MailboxHolder holder, Mailbox mailbox, MailboxForm form, FormErrors errors,
            SmtpTestResult result, ProbeDelivery probe) {
        ForwardingStatus status = mailbox == null ? null : forwarding.status(mailbox);
        return Templates.form(MailboxFormPage.of(holder, mailbox, form, errors, result), status, probe);
    }

    private static Response tooMany(TemplateInstance page) {
        return Response.status(429).entity(page.render()).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static Response ok(TemplateInstance page) {
        return Response.ok(page.render()).type(MediaType.TEXT_HTML_TYPE).build();
    }
}
