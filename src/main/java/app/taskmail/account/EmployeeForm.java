package app.taskmail.account;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import jakarta.ws.rs.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What an administrator may change about an employee: display name, role and groups. The login never
 * changes (it is part of the employee's address and of their session).
 */
public record EmployeeForm(@RestForm String displayName, @RestForm String role, @RestForm List<String> groups) {

    static final int MAX_NAME = 200;

    static EmployeeForm of(Employee employee) {
        return new EmployeeForm(employee.displayName, employee.role,
                employee.groups.stream().map(g -> String.valueOf(g.id)).toList());
    }

    FormErrors validate() {
        FormErrors errors = FormErrors.none();
        checkDisplayName(errors, displayName);
        if (parsedRole() == null) {
            errors.add("role", "Choose a role.");
        }
        return errors;
    }

    /** The display name is required and a single line: it appears in mail headers as the sender's name. */
    static void checkDisplayName(FormErrors errors, String displayName) {
        String name = Text.clean(displayName);
        errors.require("displayName", name, "Type the name colleagues and contacts will see.");
        if (Text.hasControlCharacters(name)) {
            errors.add("displayName", "The name must be a single line.");
        }
        errors.maxLength("displayName", name, MAX_NAME);
    }

    Role parsedRole() {
        return parseRole(role);
    }

    static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the group's box is ticked in the form. */
    public boolean selects(Group group) {
        return selected(groups, group);
    }

    static boolean selected(List<String> ids, Group group) {
        return ids != null && ids.contains(String.valueOf(group.id));
    }

    /**
     * The ticked groups, looked up in the account. An id of another account's group (or no group at all)
     * is a 404: a form of this account's pages never sends one.
     */
    static Set<Group> chosenGroups(Account account, List<String> ids) {
        Set<Group> chosen = new LinkedHashSet<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            chosen.add(Group.findInAccount(account, parseId(id)).orElseThrow(NotFoundException::new));
        }
        return chosen;
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}
