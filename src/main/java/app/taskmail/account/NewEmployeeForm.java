package app.taskmail.account;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** An administrator adds an employee: login, name, role, groups and the first password. */
public record NewEmployeeForm(@RestForm String login, @RestForm String displayName, @RestForm String role,
        @RestForm List<String> groups, @RestForm String password) {

    static NewEmployeeForm empty() {
        return new NewEmployeeForm("", "", Role.EMPLOYEE.name(), List.of(), "");
    }

    /**
     * Checks every field; the login must not be used by anyone in the installation, whatever their account.
     * Runs inside the creating transaction, which holds a lock on the login until it commits, so two admins
     * adding the same login at once get one employee and one "This login is taken.".
     */
    FormErrors validate() {
        FormErrors errors = FormErrors.none();
        String cleanLogin = cleanLogin();
        String loginProblem = LoginPolicy.problem(cleanLogin);
        if (loginProblem != null) {
            errors.add("login", loginProblem);
        } else if (Employee.lockLogin(cleanLogin) && Employee.findByLogin(cleanLogin).isPresent()) {
            errors.add("login", "This login is taken.");
        }
        EmployeeForm.checkDisplayName(errors, displayName);
        if (EmployeeForm.parseRole(role) == null) {
            errors.add("role", "Choose a role.");
        }
        String passwordProblem = PasswordPolicy.problem(password);
        if (passwordProblem != null) {
            errors.add("password", passwordProblem);
        }
        return errors;
    }

    String cleanLogin() {
        return Text.clean(login);
    }

    public boolean selects(Group group) {
        return EmployeeForm.selected(groups, group);
    }

    /** The form as it is shown again after an error: everything typed is kept except the password. */
    NewEmployeeForm withoutPassword() {
        return new NewEmployeeForm(login, displayName, role, groups, "");
    }
}
