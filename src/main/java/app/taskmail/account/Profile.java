package app.taskmail.account;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.Flash;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * My profile: every logged-in employee sees their name, login, internal address, role and groups, and
 * changes their own display name and password, and chooses whether notifications also come by mail to an
 * address of their own ({@link NotificationEmailForm}). Role, login and groups are the administrators' to change.
 *
 * <p>Other pages of the profile (e.g. {@code /profile/mailboxes}) live under this same class-level path.
 */
@Path("/profile")
public class Profile {

    @Inject
    CurrentEmployee me;

    @Inject
    Flash flash;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Employee employee, String address, String displayName,
                NotificationEmailForm notifications, FormErrors errors);
    }

    @GET
    public TemplateInstance show() {
        Employee employee = me.employee();
        return page(employee.displayName, NotificationEmailForm.of(employee), FormErrors.none());
    }

    @POST
    @Path("name")
    @Transactional
    public Object rename(@RestForm String displayName) {
        FormErrors errors = FormErrors.none();
        EmployeeForm.checkDisplayName(errors, displayName);
        if (errors.any()) {
            return Pages.invalid(page(displayName, NotificationEmailForm.of(me.employee()), errors));
        }
        me.employee().displayName = displayName.strip();
        return flash.redirect("/profile", "Your name is saved.");
    }

    @POST
    @Path("password")
    @Transactional
    public Object changePassword(@BeanParam PasswordChangeForm form) {
        Employee employee = me.employee();
        FormErrors errors = form.validate(employee);
        if (errors.any()) {
            return Pages.invalid(page(employee.displayName, NotificationEmailForm.of(employee), errors));
        }
        employee.passwordHash = PasswordPolicy.hash(form.password());
        return flash.redirect("/profile", "Your password is changed. Use the new one next time you log in.");
    }

    @POST
    @Path("notifications")
    @Transactional
    public Object chooseNotifications(@BeanParam NotificationEmailForm form) {
        Employee employee = me.employee();
        FormErrors errors = form.validate(employee, internalDomain);
        if (errors.any()) {
            return Pages.invalid(page(employee.displayName, form, errors));
        }
        employee.notifyByEmail = form.notifyByEmail();
        employee.notificationEmail = form.address();
        return flash.redirect("/profile", form.notifyByEmail()
                ? "Notifications now also come by email to " + form.address() + "."
                : "Notifications no longer come by email.");
    }

    private TemplateInstance page(String displayName, NotificationEmailForm notifications, FormErrors errors) {
        Employee employee = me.employee();
        return Templates.show(employee, employee.internalAddress(internalDomain), displayName, notifications, errors);
    }
}
