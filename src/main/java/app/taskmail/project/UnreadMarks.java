package app.taskmail.project;

import app.taskmail.account.Employee;
import app.taskmail.sending.Notification;
import java.util.HashSet;
import java.util.Set;

/**
 * The in-app "unread" marker: a task is unread for an employee while they have a notification on it that
 * they have not seen. Opening the task marks all of them read (see {@code TaskPages#markSeen}).
 */
final class UnreadMarks {

    private UnreadMarks() {
    }

    /** The ids of the project's tasks with news for this employee. */
    static Set<Long> taskIds(Employee employee, Project project) {
        return new HashSet<>(Notification.getEntityManager().createQuery("select distinct n.task.id from Notification n"
                        + " where n.employee = ?1 and n.task.project = ?2 and n.readAt is null", Long.class)
                .setParameter(1, employee).setParameter(2, project).getResultList());
    }
}
