package app.taskmail.sending;

import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Task;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads an employee's candidate mailboxes and hands them to the {@link SenderResolver} with the current time. */
@ApplicationScoped
public class Senders {

    @ConfigProperty(name = "taskmail.internal-domain")
    String internalDomain;

    /** The addresses this employee may send this task's notifications from, now. */
    public SenderOptions optionsFor(Employee employee, Task task) {
        List<Mailbox> candidates = new ArrayList<>(Mailbox.listPersonal(employee));
        candidates.addAll(Mailbox.listCompany(employee.account));
        return new SenderResolver(internalDomain).resolve(employee.account, employee, task.project, candidates, Instant.now());
    }
}
