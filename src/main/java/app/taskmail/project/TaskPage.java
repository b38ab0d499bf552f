package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.web.FormErrors;
import java.util.List;

/**
 * Everything the task page shows: the task, its comments, who could still be added, and the two forms
 * of the page with what was typed into them and their messages.
 */
public record TaskPage(
        Task task,
        List<Comment> comments,
        List<Employee> otherEmployees,
        List<Contact> otherContacts,
        CommentForm comment,
        FormErrors commentErrors,
        ContactForm contact,
        FormErrors contactErrors) {

    static TaskPage of(Task task) {
        return of(task, CommentForm.empty(), FormErrors.none(), ContactForm.empty(), FormErrors.none());
    }

    static TaskPage of(Task task, CommentForm comment, FormErrors commentErrors,
            ContactForm contact, FormErrors contactErrors) {
        List<Employee> others = Employee.listInAccount(task.account).stream()
                .filter(e -> !task.employees.contains(e)).toList();
        List<Contact> otherContacts = Contact.listInAccount(task.account).stream()
                .filter(c -> !task.contacts.contains(c)).toList();
        return new TaskPage(task, Comment.listForTask(task), others, otherContacts,
                comment, commentErrors, contact, contactErrors);
    }
}
