package app.taskmail.project;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.List;

/** Text added to a task by an employee, or by a contact whose email reply came back. Exactly one author. */
@Entity
public class Comment extends PanacheEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_employee_id")
    public Employee authorEmployee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_contact_id")
    public Contact authorContact;

    public String body;

    public Instant createdAt;

    public String authorName() {
        return authorEmployee != null ? authorEmployee.displayName : authorContact.label();
    }

    public boolean byContact() {
        return authorContact != null;
    }

    public static List<Comment> listForTask(Task task) {
        return list("task = ?1 order by createdAt, id", task);
    }
}
