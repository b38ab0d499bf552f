package app.taskmail.project;

import app.taskmail.account.Role;
import app.taskmail.web.CurrentEmployee;
import app.taskmail.web.Flash;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The account's address book of external contacts, for administrators: list with the number of tasks each
 * takes part in, create, edit, delete. A contact who takes part in a task, or whose emailed comments are on
 * one, cannot be deleted: the task's history keeps them. Every id is looked up in the current account.
 */
@Path("/admin/contacts")
@RolesAllowed(Role.ADMIN_ROLE)
public class Contacts {

    @Inject
    CurrentEmployee me;

    @Inject
    Flash flash;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ContactSummary> contacts, ContactDetailsForm form, FormErrors errors);

        static native TemplateInstance show(Contact contact, List<Task> tasks, ContactDetailsForm form,
                FormErrors errors);
    }

    /** A contact with the number of tasks they take part in. */
    public record ContactSummary(Contact contact, long tasks) {
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(summaries(), ContactDetailsForm.empty(), FormErrors.none());
    }

    @POST
    @Transactional
    public Object create(@BeanParam ContactDetailsForm form) {
        FormErrors errors = form.validate(me.account(), null);
        if (errors.any()) {
            return Pages.invalid(Templates.index(summaries(), form, errors));
        }
        Contact contact = new Contact();
        contact.account = me.account();
        form.applyTo(contact);
        contact.createdAt = Instant.now();
        contact.persist();
        return flash.redirect("/admin/contacts/" + contact.id, "Contact created.");
    }

    @GET
    @Path("{id}")
    public TemplateInstance show(@RestPath long id) {
        Contact contact = contact(id);
        return Templates.show(contact, tasksOf(contact), ContactDetailsForm.of(contact), FormErrors.none());
    }

    @POST
    @Path("{id}/edit")
    @Transactional
    public Object update(@RestPath long id, @BeanParam ContactDetailsForm form) {
        Contact contact = contact(id);
        FormErrors errors = form.validate(me.account(), contact);
        if (errors.any()) {
            return Pages.invalid(Templates.show(contact, tasksOf(contact), form, errors));
        }
        form.applyTo(contact);
        return flash.redirect("/admin/contacts/" + contact.id, "Contact saved.");
    }

    @POST
    @Path("{id}/delete")
    @Transactional
    public Object delete(@RestPath long id) {
        Contact contact = contact(id);
        List<Task> tasks = tasksOf(contact);
        String refusal = !tasks.isEmpty()
                ? "This contact takes part in " + tasks.size() + (tasks.size() == 1 ? " task" : " tasks")
                        + ", so it cannot be deleted. Remove it from those tasks first."
                : Comment.count("authorContact", contact) > 0
                        ? "This contact wrote comments by email, which keep their author, so it cannot be deleted."
                        : null;
        if (refusal != null) {
            FormErrors errors = FormErrors.none().add("delete", refusal);
            return Pages.invalid(Templates.show(contact, tasks, ContactDetailsForm.of(contact), errors));
        }
        contact.delete();
        return flash.redirect("/admin/contacts", "Contact " + contact.email + " deleted.");
    }

    private Contact contact(long id) {
        return Contact.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
    }

    private List<Task> tasksOf(Contact contact) {
        return Task.getEntityManager()
                .createQuery("select t from Task t join t.contacts c where c = ?1 and t.account = ?2 order by t.id desc",
                        Task.class)
                .setParameter(1, contact).setParameter(2, me.account())
                .getResultList();
    }

    private List<ContactSummary> summaries() {
        return Contact.getEntityManager()
                .createQuery("select c, (select count(t) from Task t join t.contacts tc where tc = c) from Contact c "
                        + "where c.account = ?1 order by lower(c.name), c.email", Object[].class)
                .setParameter(1, me.account())
                .getResultList().stream()
                .map(row -> new ContactSummary((Contact) row[0], (Long) row[1]))
                .toList();
    }
}
