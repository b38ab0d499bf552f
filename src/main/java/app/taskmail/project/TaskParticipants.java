package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import app.taskmail.web.Text;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Who takes part in a task: employees of the account, and external contacts, who can be created on the
 * fly by name and address (an address the account already knows reuses that contact).
 */
@Path("/tasks")
public class TaskParticipants {

    @Inject
    CurrentEmployee me;

    @Inject
    TaskPages pages;

    @POST
    @Path("{id}/employees")
    @Transactional
    public Response addEmployee(@RestPath long id, @RestForm long employeeId) {
        Task task = task(id);
        Employee employee = Employee.findInAccount(me.account(), employeeId).orElseThrow(NotFoundException::new);
        task.employees.add(employee);
        return backTo(task);
    }

    @POST
    @Path("{id}/employees/{employeeId}/remove")
    @Transactional
    public Response removeEmployee(@RestPath long id, @RestPath long employeeId) {
        Task task = task(id);
        task.employees.removeIf(e -> e.id == employeeId);
        return backTo(task);
    }

    @POST
    @Path("{id}/contacts")
    @Transactional
    public Object addContact(@RestPath long id, @BeanParam ContactForm form) {
        Task task = task(id);
        FormErrors errors = form.validate();
        if (errors.any()) {
            TaskPage page = pages.withContact(task, form, errors);
            return Pages.invalid(Tasks.Templates.show(page, Tasks.statuses()));
        }
        task.contacts.add(form.picksExisting() ? existing(form.contactId()) : findOrCreate(form));
        return backTo(task);
    }

    @POST
    @Path("{id}/contacts/{contactId}/remove")
    @Transactional
    public Response removeContact(@RestPath long id, @RestPath long contactId) {
        Task task = task(id);
        task.contacts.removeIf(c -> c.id == contactId);
        return backTo(task);
    }

    private Contact existing(String contactId) {
        try {
            return Contact.findInAccount(me.account(), Long.parseLong(contactId)).orElseThrow(NotFoundException::new);
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private Contact findOrCreate(ContactForm form) {
        return Contact.findByEmail(me.account(), form.email()).orElseGet(() -> {
            Contact contact = new Contact();
            contact.account = me.account();
            contact.email = Contact.normalise(form.email());
            String name = Text.clean(form.name());
            contact.name = name == null ? contact.email : name;
            contact.createdAt = Instant.now();
            contact.persist();
            return contact;
        });
    }

    private Task task(long id) {
        return Task.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private static Response backTo(Task task) {
        return Pages.redirect("/tasks/" + task.id + "#participants");
    }
}
