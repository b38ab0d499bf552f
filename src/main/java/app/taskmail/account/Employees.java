package app.taskmail.account;

import app.taskmail.project.Comment;
import app.taskmail.project.Task;
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
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Administrators manage the employees of their account: list, add, edit, reset a password, delete. Every
 * id comes from the path and is looked up in the current account (another account's employee is a 404).
 * The account always keeps an administrator ({@link AdminQuorum}); nobody deletes their own login.
 *
 * <p>Other pages of an employee live under this same path (e.g. {@code /admin/employees/{id}/mailboxes}) and
 * must use this class-level path too.
 */
@Path("/admin/employees")
@RolesAllowed(Role.ADMIN_ROLE)
public class Employees {

    @Inject
    CurrentEmployee me;

    @Inject
    Flash flash;

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Employee> employees, String domain);

        static native TemplateInstance add(NewEmployeeForm form, FormErrors errors, List<Group> groups,
                String addressDomain);

        static native TemplateInstance show(EmployeeCard card);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(Employee.listInAccount(me.account()), internalDomain);
    }

    @GET
    @Path("new")
    public TemplateInstance add() {
        return Templates.add(NewEmployeeForm.empty(), FormErrors.none(), groups(), addressDomain());
    }

    @POST
    @Transactional
    public Object create(@BeanParam NewEmployeeForm form) {
        var chosen = EmployeeForm.chosenGroups(me.account(), form.groups());
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Pages.invalid(Templates.add(form.withoutPassword(), errors, groups(), addressDomain()));
        }
        Employee employee = new Employee();
        employee.account = me.account();
        employee.login = form.cleanLogin();
        employee.displayName = form.displayName().strip();
        employee.role = EmployeeForm.parseRole(form.role()).name();
        employee.passwordHash = PasswordPolicy.hash(form.password());
        employee.groups.addAll(chosen);
        employee.createdAt = Instant.now();
        employee.persist();
        return flash.redirect("/admin/employees/" + employee.id, "Employee created.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Employee employee = employee(id);
        return Templates.show(card(employee, EmployeeForm.of(employee), FormErrors.none()));
    }

    @POST
    @Path("{id}/edit")
    @Transactional
    public Object update(@RestPath long id, @BeanParam EmployeeForm form) {
        Employee employee = employee(id);
        var chosen = EmployeeForm.chosenGroups(me.account(), form.groups());
        FormErrors errors = form.validate();
        if (!errors.any() && AdminQuorum.wouldLoseLastAdmin(employee, form.parsedRole())) {
            errors.add("role", "The account needs at least one administrator. Make someone else an administrator first.");
        }
        if (errors.any()) {
            return Pages.invalid(Templates.show(card(employee, form, errors)));
        }
        employee.displayName = form.displayName().strip();
        employee.role = form.parsedRole().name();
        employee.groups.clear();
        employee.groups.addAll(chosen);
        if (isMe(employee) && !employee.isAdmin()) {
            return flash.redirect("/profile", "You are no longer an administrator.");
        }
        return flash.redirect("/admin/employees/" + employee.id, "Employee saved.");
    }

    @POST
    @Path("{id}/password")
    @Transactional
    public Object resetPassword(@RestPath long id, @RestForm String password) {
        Employee employee = employee(id);
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            FormErrors errors = FormErrors.none().add("password", problem);
            return Pages.invalid(Templates.show(card(employee, EmployeeForm.of(employee), errors)));
        }
        employee.passwordHash = PasswordPolicy.hash(password);
        return flash.redirect("/admin/employees/" + employee.id, "New password set for " + employee.displayName + ".");
    }

    @POST
    @Path("{id}/delete")
    @Transactional
    public Object delete(@RestPath long id) {
        Employee employee = employee(id);
        String refusal = deletionRefusal(employee);
        if (refusal != null) {
            FormErrors errors = FormErrors.none().add("delete", refusal);
            return Pages.invalid(Templates.show(card(employee, EmployeeForm.of(employee), errors)));
        }
        // group memberships, task participation and personal mailboxes go with the employee (on delete cascade)
        employee.delete();
        return flash.redirect("/admin/employees", employee.displayName + " was deleted.");
    }

    /**
     * Why an employee may not be deleted, or {@code null}. Comments and tasks keep their author, so whoever
     * wrote or created any stays (a password reset locks them out instead).
     */
    private String deletionRefusal(Employee employee) {
        if (isMe(employee)) {
            return "You cannot delete your own login. Ask another administrator.";
        }
        if (AdminQuorum.isLastAdmin(employee)) {
            return "The account needs at least one administrator.";
        }
        if (Comment.count("authorEmployee", employee) > 0 || Task.count("createdBy", employee) > 0) {
            return employee.displayName + " has written comments or created tasks, which keep their author. "
                    + "Set a new password to lock them out instead.";
        }
        return null;
    }

    private EmployeeCard card(Employee employee, EmployeeForm form, FormErrors errors) {
        return new EmployeeCard(employee, employee.internalAddress(internalDomain), isMe(employee), groups(), form,
                errors);
    }

    /** The part after the {@code @} of this account's internal addresses. */
    private String addressDomain() {
        return me.account().slug + "." + internalDomain;
    }

    private boolean isMe(Employee employee) {
        return employee.id.equals(me.employee().id);
    }

    private List<Group> groups() {
        return Group.listInAccount(me.account());
    }

    private Employee employee(long id) {
        return Employee.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }
}
