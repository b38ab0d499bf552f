package app.taskmail.mailbox;

import app.taskmail.account.Employee;
import app.taskmail.account.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Employees → an employee → Mailboxes: an admin manages the personal mailboxes of any employee of their
 * account. The employee is looked up in the admin's account (404 otherwise), every mailbox under that employee.
 */
@Path("/admin/employees/{employeeId}/mailboxes")
@RolesAllowed(Role.ADMIN_ROLE)
public class EmployeeMailboxes extends MailboxRoutes {

    @RestPath
    long employeeId;

    @Override
    protected MailboxHolder holder() {
        return MailboxHolder.employee(
                Employee.findInAccount(me.account(), employeeId).orElseThrow(NotFoundException::new));
    }
}
