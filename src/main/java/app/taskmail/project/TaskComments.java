package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestPath;

/** Adding a comment to a task. The author becomes a participant of the task. */
@Path("/tasks")
public class TaskComments {

    @Inject
    CurrentEmployee me;

    @POST
    @Path("{id}/comments")
    @Transactional
    public Object add(@RestPath long id, @BeanParam CommentForm form) {
        Task task = Task.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
        FormErrors errors = form.validate();
        if (errors.any()) {
            TaskPage page = TaskPage.of(task, form, errors, ContactForm.empty(), FormErrors.none());
            return Pages.invalid(Tasks.Templates.show(page, Tasks.statuses()));
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
        return Pages.redirect("/tasks/" + task.id + "#comment-" + comment.id);
    }
}
