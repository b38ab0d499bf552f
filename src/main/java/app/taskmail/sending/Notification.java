package app.taskmail.sending;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.project.Comment;
import app.taskmail.project.Task;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An in-app notice to an employee that a task has news; unread until the employee opens the task. */
@Entity
public class Notification extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    public Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "comment_id")
    public Comment comment;

    public Instant createdAt;
    public Instant readAt;

    /** Comments of the task the employee was notified of and has not seen yet. */
    public static Set<Long> unreadComments(Employee employee, Task task) {
        List<Notification> unread = list("employee = ?1 and task = ?2 and readAt is null and comment is not null",
                employee, task);
        Set<Long> ids = new HashSet<>();
        unread.forEach(n -> ids.add(n.comment.id));
        return ids;
    }

    /** The employee has seen the task: its notifications are read. */
    public static void markRead(Employee employee, Task task, Instant now) {
        update("readAt = ?1 where employee = ?2 and task = ?3 and readAt is null", now, employee, task);
    }
}
