package app.taskmail.mailbox;

import jakarta.ws.rs.Path;

/** My profile → Mailboxes: every employee manages their own personal mailboxes, and only those. */
@Path("/profile/mailboxes")
public class MyMailboxes extends MailboxRoutes {

    @Override
    protected MailboxHolder holder() {
        return MailboxHolder.mine(me.employee());
    }
}
