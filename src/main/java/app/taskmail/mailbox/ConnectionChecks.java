package app.taskmail.mailbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how often one account makes Taskmail connect to SMTP servers on its behalf from the settings pages
 * ("Test account", "Check forwarding"): at most {@code taskmail.mail.connection-checks-per-minute} per
 * account in any sliding minute. Without it a scripted form could turn Taskmail into a tool for probing other
 * people's servers or hammering a provider until it blocks Taskmail's address. Counted per instance, in memory:
 * with several instances the bound is that many times higher, which still stops a loop.
 */
@ApplicationScoped
public class ConnectionChecks {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final Map<Long, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public ConnectionChecks(
            @ConfigProperty(name = "taskmail.mail.connection-checks-per-minute", defaultValue = "20") int perMinute) {
        this.perMinute = perMinute;
    }

    /**
     * Counts one connection check of the account at {@code now} if the account has room for it.
     *
     * @return empty when the check may go ahead; otherwise how long until the oldest counted check leaves
     *         the window (nothing is counted then)
     */
    public Optional<Duration> tryStart(long accountId, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(accountId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                Duration wait = Duration.between(now, times.peekFirst().plus(WINDOW));
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /** The sentence shown in place of a result when {@link #tryStart} refused. */
    public static String refusal(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return "Too many connection checks for this account in the last minute. Nothing was sent; try again in "
                + seconds + (seconds == 1 ? " second." : " seconds.");
    }
}
