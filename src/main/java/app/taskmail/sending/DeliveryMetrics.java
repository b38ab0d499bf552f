package app.taskmail.sending;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What {@code /q/metrics} and {@code /q/health} tell about sending: the queue depth (messages neither sent nor
 * given up; refreshed by the dispatcher on every round, so scraping never touches the database) and counters
 * of sent and failed messages per mailbox ({@code mailbox} tag: the mailbox id, or {@code internal}).
 */
@ApplicationScoped
public class DeliveryMetrics {

    private final AtomicLong depth = new AtomicLong();
    private final AtomicReference<Instant> lastClaim = new AtomicReference<>();
    private final MeterRegistry registry;

    @Inject
    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("taskmail.outbox.depth", depth);
    }

    void record(String mailboxTag, DeliveryStatus status) {
        if (status == DeliveryStatus.SENT || status == DeliveryStatus.FAILED) {
            Counter.builder(status == DeliveryStatus.SENT ? "taskmail.mail.sent" : "taskmail.mail.failed")
                    .description(status == DeliveryStatus.SENT ? "Messages delivered" : "Messages given up")
                    .tag("mailbox", mailboxTag).register(registry).increment();
        }
    }

    /** The dispatcher looked for due messages (whether it found any or not). */
    void claimed(Instant at) {
        lastClaim.set(at);
    }

    /** The dispatcher finished a round; the queue now holds this many messages. */
    void roundCompleted(long queueDepth) {
        depth.set(queueDepth);
    }

    public long depth() {
        return depth.get();
    }

    /** When the dispatcher last looked for due messages; null before the first time. */
    public Instant lastClaim() {
        return lastClaim.get();
    }
}
