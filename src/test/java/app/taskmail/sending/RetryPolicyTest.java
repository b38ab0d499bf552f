package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(2));
    final Instant queued = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void firstRetryAfterAMinuteThenDoublingUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), policy.delay(1));
        assertEquals(Duration.ofMinutes(2), policy.delay(2));
        assertEquals(Duration.ofMinutes(32), policy.delay(6));
        assertEquals(Duration.ofHours(1), policy.delay(7));
        assertEquals(Duration.ofHours(1), policy.delay(500));
    }

    @Test
    void nextAttemptIsNowPlusTheDelay() {
        Instant now = queued.plusSeconds(300);
        assertEquals(now.plus(Duration.ofMinutes(4)), policy.nextAttempt(3, queued, now).orElseThrow());
    }

    @Test
    void lastAttemptIsPlacedAtTheEndOfTheLifetimeAndThenTheMessageIsGivenUp() {
        Instant nearEnd = queued.plus(Duration.ofDays(2)).minusSeconds(600);
        assertEquals(queued.plus(Duration.ofDays(2)), policy.nextAttempt(40, queued, nearEnd).orElseThrow());
        assertTrue(policy.nextAttempt(41, queued, queued.plus(Duration.ofDays(2))).isEmpty());
    }
}
