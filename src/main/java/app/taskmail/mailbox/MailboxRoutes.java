package app.taskmail.mailbox;

import app.taskmail.web.CurrentEmployee;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The routes of a list of mailboxes — list, add, edit, Test account, presets, enable, disable, delete and
 * Check forwarding — the same for every scope. Each subclass says where the list lives, who may reach it
 * and whose mailboxes it holds ({@link #holder()}, every lookup scoped by it); {@link Mailboxes} does the work.
 */
public abstract class MailboxRoutes {

    @Inject
    CurrentEmployee me;

    @Inject
    Mailboxes pages;

    /** Whose mailboxes these routes serve; throws 404 when that owner is not in the current account. */
    protected abstract MailboxHolder holder();

    @GET
    public TemplateInstance index() {
        return pages.index(holder());
    }

    @GET
    @Path("new")
    public TemplateInstance newMailbox(@RestQuery String preset) {
        return pages.newForm(holder(), preset);
    }

    @POST
    public Response create(@BeanParam MailboxForm form) {
        return pages.save(holder(), null, form);
    }

    @POST
    @Path("test")
    public Response testNew(@BeanParam MailboxForm form) {
        return pages.test(holder(), null, form);
    }

    @POST
    @Path("preset")
    public Response presetNew(@BeanParam MailboxForm form) {
        return pages.applyPreset(holder(), null, form);
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        return pages.edit(holder(), id);
    }

    @POST
    @Path("{id}")
    public Response update(@RestPath long id, @BeanParam MailboxForm form) {
        return pages.save(holder(), id, form);
    }

    @POST
    @Path("{id}/test")
    public Response test(@RestPath long id, @BeanParam MailboxForm form) {
        return pages.test(holder(), id, form);
    }

    @POST
    @Path("{id}/preset")
    public Response preset(@RestPath long id, @BeanParam MailboxForm form) {
        return pages.applyPreset(holder(), id, form);
    }

    @POST
    @Path("{id}/enable")
    public Response enable(@RestPath long id) {
        return pages.enable(holder(), id);
    }

    @POST
    @Path("{id}/disable")
    public Response disable(@RestPath long id) {
        return pages.disable(holder(), id);
    }

    @POST
    @Path("{id}/delete")
    public Response delete(@RestPath long id) {
        return pages.delete(holder(), id);
    }

    /** "Check forwarding": sends a probe from the mailbox to itself. */
    @POST
    @Path("{id}/forwarding")
    public Response checkForwarding(@RestPath long id) {
        return pages.checkForwarding(holder(), id);
    }
}
