package app.taskmail.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a temporarily failed message again, in the spirit of Postfix: the first retry after
 * {@code firstRetry}, each later wait doubled, never longer than {@code maxRetry}; once the message has been
 * queued for {@code maxLifetime} it is given up. The last attempt is placed at the end of the lifetime, so a
 * message is never given up before its lifetime is spent.
 */
public record RetryPolicy(Duration firstRetry, Duration maxRetry, Duration maxLifetime) {

    /**
     * @param attempts how many attempts were made so far (at least 1)
     * @param queuedAt when the message was queued (or resent)
     * @return the next attempt, or empty when the message should be given up
     */
    public Optional<Instant> nextAttempt(int attempts, Instant queuedAt, Instant now) {
        Instant deadline = queuedAt.plus(maxLifetime);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant next = now.plus(delay(attempts));
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }

    /** The wait after the given number of attempts: firstRetry, 2×, 4×… capped at maxRetry. */
    public Duration delay(int attempts) {
        int doublings = Math.min(Math.max(attempts, 1) - 1, 30);
        Duration delay = firstRetry.multipliedBy(1L << doublings);
        return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
    }
}
