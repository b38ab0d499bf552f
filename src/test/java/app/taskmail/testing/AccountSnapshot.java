package app.taskmail.testing;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Group;
import app.taskmail.project.Comment;
import app.taskmail.project.Contact;
import app.taskmail.project.Project;
import app.taskmail.project.Task;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.stream.Collectors;

/**
 * Everything an account holds, written out as text in a stable order: plan and trial, employees (with
 * password hashes, roles and groups), groups, contacts, projects, tasks with their participants, and
 * comments. Two snapshots are equal exactly when nothing of the account changed, which is how tests prove
 * that a refused request left the database alone.
 */
public final class AccountSnapshot {

    private AccountSnapshot() {
    }

    public static String of(Account account) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account a = Account.findById(account.id);
            StringBuilder out = new StringBuilder();
            out.append("account ").append(a.name).append(' ').append(a.plan).append(' ').append(a.trialEndsAt).append('\n');
            for (Employee e : Employee.<Employee>list("account = ?1 order by id", a)) {
                out.append("employee ").append(e.id).append(' ').append(e.login).append(' ').append(e.displayName)
                        .append(' ').append(e.role).append(' ').append(e.passwordHash).append(" groups ")
                        .append(ids(e.groups.stream().map(g -> g.id))).append('\n');
            }
            for (Group g : Group.<Group>list("account = ?1 order by id", a)) {
                out.append("group ").append(g.id).append(' ').append(g.name).append('\n');
            }
            for (Contact c : Contact.<Contact>list("account = ?1 order by id", a)) {
                out.append("contact ").append(c.id).append(' ').append(c.name).append(' ').append(c.email).append('\n');
            }
            for (Project p : Project.<Project>list("account = ?1 order by id", a)) {
                out.append("project ").append(p.id).append(' ').append(p.name).append(' ').append(p.description)
                        .append('\n');
            }
            for (Task t : Task.<Task>list("account = ?1 order by id", a)) {
                out.append("task ").append(t.id).append(' ').append(t.title).append(' ').append(t.description)
                        .append(' ').append(t.status).append(" employees ").append(ids(t.employees.stream().map(e -> e.id)))
                        .append(" contacts ").append(ids(t.contacts.stream().map(c -> c.id))).append('\n');
            }
            for (Comment c : Comment.<Comment>list("account = ?1 order by id", a)) {
                out.append("comment ").append(c.id).append(' ').append(c.body).append('\n');
            }
            return out.toString();
        });
    }

    private static String ids(java.util.stream.Stream<Long> ids) {
        return ids.sorted().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
