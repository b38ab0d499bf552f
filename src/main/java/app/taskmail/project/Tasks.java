package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** Creating, editing and showing tasks. Ids come from the path and are always looked up in the current account. */
@Path("/")
public class Tasks {

    @Inject
    CurrentEmployee me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(Project project, Task task, TaskForm form, FormErrors errors,
                List<TaskStatus> statuses);

        static native TemplateInstance show(TaskPage page, List<TaskStatus> statuses);
    }

    @GET
    @Path("projects/{projectId}/tasks/new")
    public TemplateInstance newTask(@RestPath long projectId) {
        return Templates.edit(project(projectId), null, TaskForm.empty(), FormErrors.none(), statuses());
    }

    @POST
    @Path("projects/{projectId}/tasks")
    @Transactional
    public Object create(@RestPath long projectId, @BeanParam TaskForm form) {
        Project project = project(projectId);
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(project, null, form, errors, statuses())).build();
        }
        Task task = new Task();
        task.account = me.account();
        task.project = project;
        task.createdBy = me.employee();
        task.createdAt = task.updatedAt = Instant.now();
        form.applyTo(task);
        task.employees.add(me.employee());
        task.persist();
        return Response.seeOther(URI.create("/tasks/" + task.id)).build();
    }

    @GET
    @Path("tasks/{id}")
    public TemplateInstance show(@RestPath long id) {
        return Templates.show(TaskPage.of(task(id)), statuses());
    }

    @GET
    @Path("tasks/{id}/edit")
    public TemplateInstance edit(@RestPath long id) {
        Task task = task(id);
        return Templates.edit(task.project, task, TaskForm.of(task), FormErrors.none(), statuses());
    }

    @POST
    @Path("tasks/{id}/edit")
    @Transactional
    public Object update(@RestPath long id, @BeanParam TaskForm form) {
        Task task = task(id);
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Response.status(400).entity(Templates.edit(task.project, task, form, errors, statuses())).build();
        }
        form.applyTo(task);
        task.updatedAt = Instant.now();
        return Response.seeOther(URI.create("/tasks/" + task.id)).build();
    }

    private Project project(long id) {
        return Project.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private Task task(long id) {
        return Task.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private static List<TaskStatus> statuses() {
        return List.of(TaskStatus.values());
    }
}
