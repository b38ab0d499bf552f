package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.sending.DeliveryView;
import app.taskmail.sending.Notification;
import app.taskmail.sending.OutgoingMessage;
import app.taskmail.sending.Resender;
import app.taskmail.sending.SenderOptions;
import app.taskmail.sending.Senders;
import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the {@link TaskPage} for the current employee: fresh, or re-shown with a form's messages. */
@ApplicationScoped
public class TaskPages {

    @Inject
    CurrentEmployee me;

    @Inject
    Senders senders;

    @Inject
    Resender resender;

    TaskPage of(Task task) {
        SenderOptions options = senders.optionsFor(me.employee(), task);
        return build(task, CommentForm.defaults(task, me.employee(), options), FormErrors.none(), ContactForm.empty(),
                FormErrors.none(), options, FormErrors.none());
    }

    TaskPage withComment(Task task, CommentForm form, FormErrors errors, SenderOptions options) {
        return build(task, form, errors, ContactForm.empty(), FormErrors.none(), options, FormErrors.none());
    }

    TaskPage withContact(Task task, ContactForm form, FormErrors errors) {
        SenderOptions options = senders.optionsFor(me.employee(), task);
        return build(task, CommentForm.defaults(task, me.employee(), options), FormErrors.none(), form, errors,
                options, FormErrors.none());
    }

    TaskPage withResendError(Task task, long messageId, String error) {
        SenderOptions options = senders.optionsFor(me.employee(), task);
        return build(task, CommentForm.defaults(task, me.employee(), options), FormErrors.none(), ContactForm.empty(),
                FormErrors.none(), options, FormErrors.none().add(String.valueOf(messageId), error));
    }

    /**
     * The employee has now seen the task's comments: their notifications are read. Its own short transaction,
     * so that the page itself keeps rendering in the request's session.
     */
    void markSeen(Task task) {
        Employee viewer = me.employee();
        QuarkusTransaction.requiringNew().run(() -> Notification.markRead(viewer, task, Instant.now()));
    }

    private TaskPage build(Task task, CommentForm comment, FormErrors commentErrors, ContactForm contact,
            FormErrors contactErrors, SenderOptions options, FormErrors resendErrors) {
        Employee viewer = me.employee();
        Instant now = Instant.now();
        Map<Long, List<DeliveryView>> deliveries = OutgoingMessage.listForTask(task).stream()
                .filter(m -> m.comment != null)
                .map(m -> DeliveryView.of(m, now, resender.optionsFor(viewer, m)))
                .collect(Collectors.groupingBy(d -> d.message().comment.id));
        Set<Long> unread = Notification.unreadComments(viewer, task);
        List<TaskPage.CommentView> comments = Comment.listForTask(task).stream()
                .map(c -> new TaskPage.CommentView(c, deliveries.getOrDefault(c.id, List.of()), unread.contains(c.id)))
                .toList();
        List<Employee> others = Employee.listInAccount(task.account).stream()
                .filter(e -> !task.employees.contains(e)).toList();
        List<Contact> otherContacts = Contact.listInAccount(task.account).stream()
                .filter(c -> !task.contacts.contains(c)).toList();
        List<Employee> notifiable = task.employees.stream().filter(e -> !e.id.equals(viewer.id)).toList();
        return new TaskPage(task, comments, others, otherContacts, comment, commentErrors, contact, contactErrors,
                options, notifiable, resendErrors);
    }
}
