package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** Showing and editing tasks (they are created from their project, see {@link Projects}). Ids come from the path and are always looked up in the current account. */
@Path("/tasks")
public class Tasks {

    @Inject
    CurrentEmployee me;

    @Inject
    TaskPages pages;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Project project, Task task, String action, TaskForm form,
                FormErrors errors, List<TaskStatus> statuses);

        static native TemplateInstance show(TaskPage page, List<TaskStatus> statuses);
    }

    /** Shows the task; the viewer's notifications about it count as read from now on. */
    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Task task = task(id);
        TaskPage page = pages.of(task);
        pages.markSeen(task);
        return Templates.show(page, statuses());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Task task = task(id);
        return Templates.edit(task.project, task, editAction(task), TaskForm.of(task), FormErrors.none(), statuses());
    }

    @POST
    @Path("{id}/edit")
    @Transactional
    public Object update(@RestPath long id, @BeanParam TaskForm form) {
        Task task = task(id);
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Pages.invalid(Templates.edit(task.project, task, editAction(task), form, errors, statuses()));
        }
        form.applyTo(task);
        task.updatedAt = Instant.now();
        return Pages.redirect("/tasks/" + task.id);
    }

    private Task task(long id) {
        return Task.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private static String editAction(Task task) {
        return "/tasks/" + task.id + "/edit";
    }

    static List<TaskStatus> statuses() {
        return List.of(TaskStatus.values());
    }
}
