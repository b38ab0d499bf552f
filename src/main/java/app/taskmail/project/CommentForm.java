package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.sending.SenderOption;
import app.taskmail.sending.SenderOptions;
import app.taskmail.web.FormErrors;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The comment form of the task page: the text, whom to notify (ids of the task's employees and contacts;
 * checkboxes, so an unticked box is simply absent) and the address to send from ({@code sendFrom}: a
 * mailbox id or {@code internal}; blank means the default).
 */
public record CommentForm(@RestForm String body, @RestForm List<String> notifyEmployee,
        @RestForm List<String> notifyContact, @RestForm String sendFrom) {

    static final int MAX_LENGTH = 50_000;
    static final String SENDER_REFUSED =
            "You cannot send from this address for this task. Choose one of the addresses listed.";
    static final String RECIPIENT_REFUSED = "Choose whom to notify among the people taking part in this task.";

    public CommentForm {
        notifyEmployee = notifyEmployee == null ? List.of() : List.copyOf(notifyEmployee);
        notifyContact = notifyContact == null ? List.of() : List.copyOf(notifyContact);
    }

    /** A fresh form: every contact and every other employee of the task ticked, the default sender chosen. */
    static CommentForm defaults(Task task, Employee author, SenderOptions senders) {
        List<String> employees = task.employees.stream().filter(e -> !e.id.equals(author.id))
                .map(e -> String.valueOf(e.id)).toList();
        List<String> contacts = task.contacts.stream().map(c -> String.valueOf(c.id)).toList();
        return new CommentForm("", employees, contacts, senders.defaultOption().id());
    }

    public boolean notifiesEmployee(Long id) {
        return notifyEmployee.contains(String.valueOf(id));
    }

    public boolean notifiesContact(Long id) {
        return notifyContact.contains(String.valueOf(id));
    }

    FormErrors validate(Task task, SenderOptions senders) {
        FormErrors errors = FormErrors.none()
                .require("body", body, "Write something before adding the comment.")
                .maxLength("body", body, MAX_LENGTH);
        Set<String> employeeIds = task.employees.stream().map(e -> String.valueOf(e.id)).collect(Collectors.toSet());
        Set<String> contactIds = task.contacts.stream().map(c -> String.valueOf(c.id)).collect(Collectors.toSet());
        if (!employeeIds.containsAll(trimmed(notifyEmployee)) || !contactIds.containsAll(trimmed(notifyContact))) {
            errors.add("notify", RECIPIENT_REFUSED);
        }
        if (chosenSender(senders).isEmpty()) {
            errors.add("sendFrom", SENDER_REFUSED);
        }
        return errors;
    }

    Optional<SenderOption> chosenSender(SenderOptions senders) {
        return senders.choose(sendFrom);
    }

    List<Contact> contactsToNotify(Task task) {
        Set<String> ids = Set.copyOf(trimmed(notifyContact));
        return task.contacts.stream().filter(c -> ids.contains(String.valueOf(c.id))).toList();
    }

    List<Employee> employeesToNotify(Task task) {
        Set<String> ids = Set.copyOf(trimmed(notifyEmployee));
        return task.employees.stream().filter(e -> ids.contains(String.valueOf(e.id))).toList();
    }

    private static List<String> trimmed(List<String> ids) {
        return ids.stream().filter(Objects::nonNull).map(String::strip).toList();
    }
}
