package app.taskmail.account;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.Flash;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Account settings, for administrators. This class serves the Plan page: the plan and the trial end, which
 * decide whether the account may send from external mailboxes (PRODUCT §2). In a live deployment billing
 * would set them; here an administrator does.
 *
 * <p>Every settings page (e.g. {@code /admin/settings/email}) lives under this class-level path and shows
 * the {@code settingsnav} tag.
 */
@Path("/admin/settings")
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountSettings {

    @Inject
    CurrentEmployee me;

    @Inject
    Flash flash;

    /** Where the account's trial stands at the moment the page is shown. */
    public enum TrialState {
        NONE, RUNNING, ENDED;

        static TrialState of(Account account, Instant now) {
            if (account.trialEndsAt == null) {
                return NONE;
            }
            return account.trialRunning(now) ? RUNNING : ENDED;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(Account account, TrialState trial, boolean externalMailboxes,
                List<Plan> plans, PlanForm form, FormErrors errors);
    }

    @GET
    public Response index() {
        return Pages.redirect("/admin/settings/plan");
    }

    @GET
    @Path("plan")
    public TemplateInstance plan() {
        return page(PlanForm.of(me.account()), FormErrors.none());
    }

    @POST
    @Path("plan")
    @Transactional
    public Object savePlan(@BeanParam PlanForm form) {
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Pages.invalid(page(form, errors));
        }
        form.applyTo(me.account());
        return flash.redirect("/admin/settings/plan", "Plan saved.");
    }

    private TemplateInstance page(PlanForm form, FormErrors errors) {
        Account account = me.account();
        Instant now = Instant.now();
        return Templates.plan(account, TrialState.of(account, now), account.mayUseExternalMailboxes(now),
                List.of(Plan.values()), form, errors);
    }
}
