package app.taskmail.project;

import app.taskmail.sending.OutgoingMessage;
import app.taskmail.sending.Outbox;
import app.taskmail.sending.Resender;
import app.taskmail.sending.SenderOptions;
import app.taskmail.sending.Senders;
import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Adding a comment to a task, with its notifications, and resending a notification that failed. The author
 * becomes a participant of the task. The comment and its queued messages commit in one transaction; a
 * "Send from" choice that is not among the author's options refuses the whole form, saving nothing.
 */
@Path("/tasks")
public class TaskComments {

    @Inject
    CurrentEmployee me;

    @Inject
    Senders senders;

    @Inject
    Outbox outbox;

    @Inject
    Resender resender;

    @Inject
    TaskPages pages;

    @POST
    @Path("{id}/comments")
    @Transactional
    public Object add(@RestPath long id, @BeanParam CommentForm form) {
        Task task = task(id);
        SenderOptions options = senders.optionsFor(me.employee(), task);
        FormErrors errors = form.validate(task, options);
        if (errors.any()) {
            return Pages.invalid(Tasks.Templates.show(pages.withComment(task, form, errors, options), Tasks.statuses()));
        }
        Comment comment = new Comment();
        comment.account = task.account;
        comment.task = task;
        comment.authorEmployee = me.employee();
        comment.body = form.body().strip();
        comment.createdAt = Instant.now();
        comment.persist();
        task.employees.add(me.employee());
        task.updatedAt = comment.createdAt;
        outbox.queue(comment, form.chosenSender(options).orElseThrow(), form.contactsToNotify(task),
                form.employeesToNotify(task));
        return Pages.redirect("/tasks/" + task.id + "#comment-" + comment.id);
    }

    @POST
    @Path("{id}/messages/{messageId}/resend")
    @Transactional
    public Object resend(@RestPath long id, @RestPath long messageId, @RestForm String sendFrom) {
        Task task = task(id);
        OutgoingMessage message = OutgoingMessage.findInAccount(me.account(), messageId)
                .filter(m -> m.task != null && m.task.id.equals(task.id)).orElseThrow(NotFoundException::new);
        Optional<String> refused = resender.resend(me.employee(), message, sendFrom);
        if (refused.isPresent()) {
            TaskPage page = pages.withResendError(task, message.id, refused.get());
            return Pages.invalid(Tasks.Templates.show(page, Tasks.statuses()));
        }
        return Pages.redirect("/tasks/" + task.id + "#message-" + message.id);
    }

    private Task task(long id) {
        return Task.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }
}
