package app.taskmail.sending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of sending: DOWN when this instance's dispatcher has not looked for due messages for ten poll
 * intervals and at least three send timeouts — the database is unreachable or the dispatcher is wedged (a
 * busy dispatcher still looks at least once per send timeout, since every send is bounded). The queue depth
 * is given as data.
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
        Instant last = metrics.lastClaim();
        Duration polls = config.pollInterval().multipliedBy(10);
        Duration sends = config.sendTimeout().plus(config.connectTimeout()).multipliedBy(3);
        Duration allowed = polls.compareTo(sends) > 0 ? polls : sends;
        boolean up = last == null || last.isAfter(Instant.now().minus(allowed));
        return HealthCheckResponse.named("outbox").status(up)
                .withData("queueDepth", metrics.depth())
                .withData("lastClaim", last == null ? "not yet" : last.toString())
                .build();
    }
}
