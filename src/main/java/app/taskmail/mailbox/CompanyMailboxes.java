package app.taskmail.mailbox;

import app.taskmail.account.Role;
import jakarta.ws.rs.Path;
import jakarta.annotation.security.RolesAllowed;

/** Account settings → Email → Company mailboxes: admins only. */
@Path("/admin/settings/email")
@RolesAllowed(Role.ADMIN_ROLE)
public class CompanyMailboxes extends MailboxRoutes {

    @Override
    protected MailboxHolder holder() {
        return MailboxHolder.company(me.account());
    }
}
