package app.taskmail.inbound;

import app.taskmail.account.Account;
import app.taskmail.project.Task;
import app.taskmail.sending.OutgoingMessage;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ReplyMatcher.TaskLookup} over the database, every query scoped to one account. */
final class AccountTasks implements ReplyMatcher.TaskLookup {

    private final Account account;

    AccountTasks(Account account) {
        this.account = account;
    }

    @Override
    public Optional<ReplyMatcher.TaskRef> task(long id) {
        return Task.findInAccount(account, id).map(t -> new ReplyMatcher.TaskRef(t.id, t.replyToken, t.project.name));
    }

    @Override
    public Map<String, Long> tasksOfSentMessages(Collection<String> messageIds) {
        List<Object[]> rows = OutgoingMessage.getEntityManager().createQuery(
                        "select o.messageId, o.task.id from OutgoingMessage o"
                                + " where o.account = ?1 and o.messageId in ?2 and o.task is not null", Object[].class)
                .setParameter(1, account).setParameter(2, messageIds).getResultList();
        Map<String, Long> tasks = new HashMap<>();
        rows.forEach(row -> tasks.put((String) row[0], (Long) row[1]));
        return tasks;
    }

    @Override
    public boolean contactTakesPart(long taskId, String email) {
        return Task.getEntityManager().createQuery("select count(t) from Task t join t.contacts c"
                        + " where t.id = ?1 and t.account = ?2 and c.email = ?3", Long.class)
                .setParameter(1, taskId).setParameter(2, account).setParameter(3, email).getSingleResult() > 0;
    }
}
