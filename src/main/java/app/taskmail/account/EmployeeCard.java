package app.taskmail.account;

import app.taskmail.web.FormErrors;
import java.util.List;

/**
 * Everything the employee card shows: the employee, their internal address, the account's groups to pick
 * from, the edit form with what was typed, and the messages of the card's forms (edit, password, delete).
 */
public record EmployeeCard(Employee employee, String address, boolean itsMe, List<Group> groups, EmployeeForm form,
        FormErrors errors) {
}
