package app.taskmail.sending;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Sends the outbox in the background: every {@code taskmail.sending.poll-interval}, and right after a
 * transaction that queued messages commits ({@link OutboxChanged}). The work is done by one
 * {@link DispatchWorker} per instance with {@code taskmail.sending.concurrency} sending threads; any number
 * of instances can run against one database.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);

    @Inject
    OutboxStore store;

    @Inject
    Delivery delivery;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    SendingConfig config;

    private DispatchWorker worker;

    void start(@Observes StartupEvent event) {
        if (config.lease().compareTo(config.sendTimeout().plus(config.connectTimeout())) <= 0) {
            LOG.warn("taskmail.sending.lease should be longer than send-timeout plus connect-timeout,"
                    + " or a slow send may be taken over by another instance and sent twice");
        }
        worker = newWorker("dispatcher", config.concurrency());
        worker.wake();
    }

    void stop(@Observes ShutdownEvent event) {
        if (worker != null) {
            worker.close();
        }
    }

    @Scheduled(every = "${taskmail.sending.poll-interval:5s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (worker != null) {
            worker.wake();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxChanged event) {
        poll();
    }

    /** A further, independent worker on the same database (as another instance would run); close it after use. */
    public DispatchWorker newWorker(String name, int concurrency) {
        return new DispatchWorker(name, store, delivery, metrics, config.batchSize(), concurrency, config.lease());
    }
}
