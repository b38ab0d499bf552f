package app.taskmail.sending;

import app.taskmail.sending.OutboxStore.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One claiming loop with its own pool of sending threads. It claims only as many messages as it has free
 * threads, so a claimed message starts sending at once and its lease covers one send, not a wait in a queue.
 * A {@link #wake()} during a round makes the loop go round once more; nothing is lost between wake-ups
 * because the poll wakes it too. Several workers — in one JVM or in several instances — may run against one
 * database: the claims never overlap (see {@link OutboxStore}).
 */
public final class DispatchWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DispatchWorker.class);

    private final OutboxStore store;
    private final Delivery delivery;
    private final DeliveryMetrics metrics;
    private final int batchSize;
    private final Duration lease;
    private final Semaphore free;
    private final ExecutorService loop;
    private final ExecutorService senders;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger handedOut = new AtomicInteger();

    DispatchWorker(String name, OutboxStore store, Delivery delivery, DeliveryMetrics metrics, int batchSize,
            int concurrency, Duration lease) {
        this.store = store;
        this.delivery = delivery;
        this.metrics = metrics;
        this.batchSize = Math.max(1, batchSize);
        this.lease = lease;
        this.free = new Semaphore(Math.max(1, concurrency));
        this.loop = Executors.newSingleThreadExecutor(r -> thread(r, name + "-claims"));
        AtomicInteger n = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(Math.max(1, concurrency), r -> thread(r, name + "-send-" + n.incrementAndGet()));
    }

    /** Asks for a round soon; returns at once. */
    public void wake() {
        again.set(true);
        if (running.compareAndSet(false, true)) {
            loop.execute(this::run);
        }
    }

    private void run() {
        while (true) {
            again.set(false);
            try {
                drain();
            } catch (RuntimeException e) {
                LOG.error("Dispatcher round failed; the next poll tries again", e);
            }
            running.set(false);
            if (!again.get() || !running.compareAndSet(false, true)) {
                return;
            }
        }
    }

    /**
     * Claims and hands out due messages until none is left; returns how many were handed out. Sends may still
     * be running when it returns.
     */
    public int drain() {
        store.releaseFixedMailboxes();
        int total = 0;
        while (true) {
            free.acquireUninterruptibly();
            int permits = 1 + free.drainPermits();
            int wanted = Math.min(permits, batchSize);
            List<Claim> claims;
            try {
                claims = store.claim(wanted, lease);
            } catch (RuntimeException e) {
                free.release(permits);
                throw e;
            }
            metrics.claimed(Instant.now());
            free.release(permits - claims.size());
            for (Claim claim : claims) {
                senders.execute(() -> sendAndRelease(claim));
            }
            total += claims.size();
            handedOut.addAndGet(claims.size());
            if (claims.size() < wanted) {
                metrics.roundCompleted(store.depth());
                return total;
            }
        }
    }

    private void sendAndRelease(Claim claim) {
        try {
            delivery.deliver(claim);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Outgoing message %d: delivery failed unexpectedly; retried when its lease expires", claim.id());
        } finally {
            free.release();
        }
    }

    /** How many messages this worker has handed to its senders since it started. */
    public int handedOut() {
        return handedOut.get();
    }

    /** Stops claiming, lets running sends finish (bounded by the send timeout) and stops the threads. */
    @Override
    public void close() {
        loop.shutdownNow();
        senders.shutdown();
        try {
            if (!senders.awaitTermination(30, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static Thread thread(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
