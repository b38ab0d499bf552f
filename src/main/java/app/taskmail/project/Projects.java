package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import app.taskmail.web.Text;
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
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The account's projects, a project's tasks and new tasks. Every employee of the account may see and create projects. */
@Path("/projects")
public class Projects {

    @Inject
    CurrentEmployee me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ProjectSummary> projects, ProjectForm form, FormErrors errors);

        static native TemplateInstance show(Project project, List<Task> tasks, Set<Long> unread);
    }

    /** A project with the number of its tasks that are not done. */
    public record ProjectSummary(Project project, long openTasks) {
    }

    public record ProjectForm(@RestForm String name, @RestForm String description) {
        static ProjectForm empty() {
            return new ProjectForm("", "");
        }
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(summaries(), ProjectForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Object create(@BeanParam ProjectForm form) {
        String name = Text.clean(form.name());
        FormErrors errors = FormErrors.none()
                .require("name", name, "Give the project a name.")
                .maxLength("name", name, 100);
        if (name != null && Text.hasControlCharacters(name)) {
            errors.add("name", "The name must be a single line.");
        }
        if (!errors.has("name") && Project.findByName(me.account(), name).isPresent()) {
            errors.add("name", "There is already a project with this name.");
        }
        if (errors.any()) {
            return Pages.invalid(Templates.index(summaries(), form, errors));
        }
        Project project = new Project();
        project.account = me.account();
        project.name = name;
        project.description = Text.clean(form.description());
        project.createdAt = Instant.now();
        project.persist();
        return Pages.redirect("/projects/" + project.id);
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Project project = project(id);
        return Templates.show(project, Task.listInProject(project), UnreadMarks.taskIds(me.employee(), project));
    }

    @GET
    @Path("{projectId}/tasks/new")
    public TemplateInstance newTask(@RestPath long projectId) {
        return Tasks.Templates.edit(project(projectId), null, "/projects/" + projectId + "/tasks",
                TaskForm.empty(), FormErrors.none(), Tasks.statuses());
    }

    @POST
    @Path("{projectId}/tasks")
    @Transactional
    public Object create(@RestPath long projectId, @BeanParam TaskForm form) {
        Project project = project(projectId);
        FormErrors errors = form.validate();
        if (errors.any()) {
            return Pages.invalid(Tasks.Templates.edit(project, null, "/projects/" + projectId + "/tasks", form, errors,
                    Tasks.statuses()));
        }
        Task task = new Task();
        task.account = me.account();
        task.project = project;
        task.createdBy = me.employee();
        task.createdAt = task.updatedAt = Instant.now();
        form.applyTo(task);
        task.employees.add(me.employee());
        task.persist();
        return Pages.redirect("/tasks/" + task.id);
    }

    private Project project(long id) {
        return Project.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private List<ProjectSummary> summaries() {
        List<Project> projects = Project.listInAccount(me.account());
        return projects.stream()
                .map(p -> new ProjectSummary(p, Task.count("project = ?1 and status <> ?2", p, TaskStatus.DONE)))
                .toList();
    }
}
