package app.taskmail.mailbox;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.project.Project;
import app.taskmail.web.FormErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The projects a mailbox serves and, for a company mailbox, who may send from it, as chosen in the form.
 * Every id is looked up in the holder's account; an id from elsewhere is an error, never a link.
 * A personal mailbox is always usable by its owner only, so its access is not a choice.
 */
record MailboxLinks(boolean allProjects, Set<Project> projects, boolean allEmployees, Set<Employee> employees,
        Set<Group> groups) {

    static MailboxLinks resolve(MailboxHolder holder, MailboxForm form, FormErrors errors) {
        Account account = holder.account();
        Set<Project> projects = form.allProjects() ? Set.of()
                : lookUp(account, form.projectIds(), Project::findInAccount, errors, "projects");
        if (!form.allProjects() && form.projectIds().isEmpty()) {
            errors.add("projects", "Choose at least one project, or all projects.");
        }
        if (!holder.isCompany()) {
            return new MailboxLinks(form.allProjects(), projects, true, Set.of(), Set.of());
        }
        boolean allEmployees = form.allEmployees();
        Set<Employee> employees = allEmployees ? Set.of()
                : lookUp(account, form.employeeIds(), Employee::findInAccount, errors, "access");
        Set<Group> groups = allEmployees ? Set.of() : lookUp(account, form.groupIds(), Group::findInAccount, errors, "access");
        if (!allEmployees && form.employeeIds().isEmpty() && form.groupIds().isEmpty()) {
            errors.add("access", "Choose at least one employee or group, or all employees.");
        }
        return new MailboxLinks(form.allProjects(), projects, allEmployees, employees, groups);
    }

    void applyTo(Mailbox mailbox) {
        mailbox.allProjects = allProjects;
        mailbox.projects.clear();
        mailbox.projects.addAll(projects);
        mailbox.allEmployees = allEmployees;
        mailbox.employees.clear();
        mailbox.employees.addAll(employees);
        mailbox.groups.clear();
        mailbox.groups.addAll(groups);
    }

    private static <T> Set<T> lookUp(Account account, List<Long> ids, BiFunction<Account, Long, Optional<T>> finder,
            FormErrors errors, String field) {
        Set<T> found = new LinkedHashSet<>();
        for (Long id : ids) {
            finder.apply(account, id).ifPresentOrElse(found::add,
                    () -> errors.add(field, "Choose from the list; one of the choices no longer exists."));
        }
        return found;
    }
}
