package app.taskmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConnectionChecksTest {

    final ConnectionChecks checks = new ConnectionChecks(3);
    final Instant start = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void tryStartShouldRefuseOnceTheAccountUsedItsChecksOfTheMinute() {
        assertTrue(checks.tryStart(1, start).isEmpty());
        assertTrue(checks.tryStart(1, start.plusSeconds(10)).isEmpty());
        assertTrue(checks.tryStart(1, start.plusSeconds(20)).isEmpty());
        assertEquals(Optional.of(Duration.ofSeconds(30)), checks.tryStart(1, start.plusSeconds(30)));
    }

    @Test
    void tryStartShouldAllowAgainWhenTheOldestCheckLeftTheMinute() {
        for (int i = 0; i < 3; i++) {
            checks.tryStart(1, start.plusSeconds(i));
        }
        assertTrue(checks.tryStart(1, start.plusSeconds(59)).isPresent());
        assertTrue(checks.tryStart(1, start.plusSeconds(60)).isEmpty());
    }

    @Test
    void tryStartShouldCountEachAccountApart() {
        for (int i = 0; i < 3; i++) {
            checks.tryStart(1, start);
        }
        assertTrue(checks.tryStart(2, start).isEmpty());
    }

    @Test
    void refusalShouldSayWhenToTryAgainInWholeSeconds() {
        assertEquals("Too many connection checks for this account in the last minute. Nothing was sent; try again"
                + " in 13 seconds.", ConnectionChecks.refusal(Duration.ofMillis(12_100)));
        assertTrue(ConnectionChecks.refusal(Duration.ZERO).endsWith("try again in 1 second."));
    }
}
