package app.taskmail.sending;

import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.web.CurrentEmployee;
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
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The delivery log (admins): every outgoing message of the account, newest first, with status, sender,
 * attempts and the last error, filtered by status, sender and days; failed and waiting messages can be resent.
 */
@Path("/admin/delivery")
@RolesAllowed(Role.ADMIN_ROLE)
public class DeliveryLog {

    static final int PAGE_SIZE = 200;

    @Inject
    CurrentEmployee me;

    @Inject
    Resender resender;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(LogPage page);
    }

    /** What the log page shows. */
    public record LogPage(DeliveryLogFilter filter, FormErrors errors, List<DeliveryView> rows, boolean truncated,
            List<Mailbox> mailboxes, List<DeliveryStatus> statuses, FormErrors resendErrors) {

        public String resendError(Long messageId) {
            return resendErrors.get(String.valueOf(messageId));
        }
    }

    @GET
    public Object index(@BeanParam DeliveryLogFilter filter) {
        FormErrors errors = filter.validate(me.account());
        if (errors.any()) {
            return Pages.invalid(Templates.index(page(filter, errors, FormErrors.none())));
        }
        return Templates.index(page(filter, errors, FormErrors.none()));
    }

    @POST
    @Path("{id}/resend")
    @Transactional
    public Object resend(@RestPath long id, @RestForm String sendFrom) {
        OutgoingMessage message = OutgoingMessage.findInAccount(me.account(), id).orElseThrow(NotFoundException::new);
        Optional<String> refused = resender.resend(me.employee(), message, sendFrom);
        if (refused.isPresent()) {
            FormErrors resendErrors = FormErrors.none().add(String.valueOf(id), refused.get());
            return Pages.invalid(Templates.index(page(DeliveryLogFilter.none(), FormErrors.none(), resendErrors)));
        }
        return Pages.redirect("/admin/delivery#message-" + id);
    }

    private LogPage page(DeliveryLogFilter filter, FormErrors errors, FormErrors resendErrors) {
        List<OutgoingMessage> messages = errors.any() ? List.of() : find(filter);
        Instant now = Instant.now();
        List<DeliveryView> rows = messages.stream().limit(PAGE_SIZE)
                .map(m -> DeliveryView.of(m, now, resender.optionsFor(me.employee(), m))).toList();
        return new LogPage(filter, errors, rows, messages.size() > PAGE_SIZE, Mailbox.list("account = ?1 order by email",
                me.account()), List.of(DeliveryStatus.values()), resendErrors);
    }

    private List<OutgoingMessage> find(DeliveryLogFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filter.where(parameters, me.account());
        return OutgoingMessage.<OutgoingMessage>find("from OutgoingMessage o left join fetch o.mailbox where " + where
                + " order by o.createdAt desc, o.id desc", parameters).page(0, PAGE_SIZE + 1).list();
    }
}
