package app.taskmail.account;

import app.taskmail.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * An employee changes their own password: the current one proves it is them (a session left open on a
 * shared computer must not be enough), the new one is typed twice. None of the three is ever shown again.
 */
public record PasswordChangeForm(@RestForm String current, @RestForm String password, @RestForm String confirmation) {

    FormErrors validate(Employee employee) {
        FormErrors errors = FormErrors.none();
        if (current == null || current.isEmpty()) {
            errors.add("current", "Type your current password.");
        } else if (!PasswordPolicy.matches(current, employee.passwordHash)) {
            errors.add("current", "This is not your current password.");
        }
        String problem = PasswordPolicy.problem(password);
        if (problem != null) {
            errors.add("password", problem);
        } else if (!password.equals(confirmation)) {
            errors.add("confirmation", "The two new passwords are not the same.");
        }
        return errors;
    }
}
