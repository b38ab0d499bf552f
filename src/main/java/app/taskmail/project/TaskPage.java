package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.sending.DeliveryView;
import app.taskmail.sending.SenderOptions;
import app.taskmail.web.FormErrors;
import java.util.List;

/**
 * Everything the task page shows: the task, its comments with the delivery of each notification, who could
 * still be added, and the forms of the page with what was typed into them and their messages. The comment
 * form offers {@link #sender} (the "Send from" choices and the reason for the default) and the task's
 * other employees ({@link #notifiable}) and contacts to notify.
 */
public record TaskPage(
        Task task,
        List<CommentView> comments,
        List<Employee> otherEmployees,
        List<Contact> otherContacts,
        CommentForm comment,
        FormErrors commentErrors,
        ContactForm contact,
        FormErrors contactErrors,
        SenderOptions sender,
        List<Employee> notifiable,
        FormErrors resendErrors) {

    /** A comment, the deliveries of its notifications, and whether the viewer was notified of it and has not seen it. */
    public record CommentView(Comment comment, List<DeliveryView> deliveries, boolean unread) {
    }

    /** The "Send from" option to show selected: the one typed, if it is still an option, else the default. */
    public String selectedSender() {
        return sender.preselect(comment.sendFrom()).id();
    }

    /** The message refused for the resend form of one outgoing message, or null. */
    public String resendError(Long messageId) {
        return resendErrors.get(String.valueOf(messageId));
    }
}
