package app.taskmail.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of sending: DOWN when the dispatcher has not completed a round for ten poll intervals (at least
 * a minute) — the database is unreachable or the dispatcher is stuck — with the queue depth as data.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    DeliveryMetrics metrics;

    @Inject
    SendingConfig config;

    @Override
    public HealthCheckResponse call() {
        Instant last = metrics.lastRound();
        Duration allowed = config.pollInterval().multipliedBy(10);
        allowed = allowed.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1) : allowed;
        boolean up = last == null || last.isAfter(Instant.now().minus(allowed));
        return HealthCheckResponse.named("outbox").status(up)
                .withData("queueDepth", metrics.depth())
                .withData("lastRound", last == null ? "not yet" : last.toString())
                .build();
    }
}
