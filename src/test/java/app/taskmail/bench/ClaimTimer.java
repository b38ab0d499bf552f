package app.taskmail.bench;

import app.taskmail.account.Employee;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Task;
import app.taskmail.sending.OutboxStore;
import app.taskmail.sending.SendingConfig;

/**
 * The cost of the claim query alone: due rows claimed from one thread in claims of a given size, nothing
 * sent. The claimed rows are given up afterwards so no dispatcher picks them up when their lease ends.
 */
final class ClaimTimer {

    private final OutboxStore store;
    private final SendingConfig config;

    ClaimTimer(OutboxStore store, SendingConfig config) {
        this.store = store;
        this.config = config;
    }

    /** Returns one printed line: rows, claims, seconds, rows per second, milliseconds per claim. */
    String measure(Task task, Employee author, Mailbox mailbox, int count, int limit) {
        long comment = BenchOutbox.queue(task, author, mailbox, count);
        BenchOutbox.release(comment);
        int rows = 0;
        int claims = 0;
        long start = System.nanoTime();
        while (true) {
            int claimed = store.claim(limit, config.lease()).size();
            claims++;
            rows += claimed;
            if (claimed < limit) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchOutbox.retire(comment);
        return String.format("claim query alone, up to %d row(s) per claim: %d rows in %d claims, %.2f s,"
                + " %.0f rows/s, %.2f ms per claim", limit, rows, claims, seconds, rows / seconds,
                seconds * 1000 / claims);
    }
}
