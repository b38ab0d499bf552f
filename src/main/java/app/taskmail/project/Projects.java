package app.taskmail.project;

import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
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
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The account's projects and a project's tasks. Every employee of the account may see and create projects. */
@Path("/projects")
public class Projects {

    @Inject
    CurrentEmployee me;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ProjectSummary> projects, ProjectForm form, FormErrors errors);

        static native TemplateInstance show(Project project, List<Task> tasks);
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
            return Response.status(400).entity(Templates.index(summaries(), form, errors)).build();
        }
        Project project = new Project();
        project.account = me.account();
        project.name = name;
        project.description = Text.clean(form.description());
        project.createdAt = Instant.now();
        project.persist();
        return Response.seeOther(URI.create("/projects/" + project.id)).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Project project = Project.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
        return Templates.show(project, Task.listInProject(project));
    }

    private List<ProjectSummary> summaries() {
        List<Project> projects = Project.listInAccount(me.account());
        return projects.stream()
                .map(p -> new ProjectSummary(p, Task.count("project = ?1 and status <> ?2", p, TaskStatus.DONE)))
                .toList();
    }
}
