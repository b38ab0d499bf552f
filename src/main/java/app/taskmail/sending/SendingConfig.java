package app.taskmail.sending;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The dispatcher's settings, {@code taskmail.sending.*}. Tests shorten the waits; production keeps the defaults. */
@ConfigMapping(prefix = "taskmail.sending")
public interface SendingConfig {

    /** How often the dispatcher looks for due messages, besides the wake-up right after each comment. */
    @WithDefault("5s")
    Duration pollInterval();

    /** At most this many messages are claimed in one go. */
    @WithDefault("20")
    int batchSize();

    /** How many messages one instance sends at the same time. */
    @WithDefault("4")
    int concurrency();

    /** Every SMTP send is abandoned (and retried later) after this long. */
    @WithDefault("60s")
    Duration sendTimeout();

    /** Time to open the TCP connection to a mail server. */
    @WithDefault("15s")
    Duration connectTimeout();

    /**
     * How long a claimed message belongs to the instance that claimed it; after that another instance may
     * take it again (the first one crashed). Must be longer than {@link #sendTimeout()}.
     */
    @WithDefault("5m")
    Duration lease();

    /** The wait before the first retry after a temporary failure; it doubles for each later one. */
    @WithDefault("1m")
    Duration firstRetry();

    /** The longest wait between two retries. */
    @WithDefault("1h")
    Duration maxRetry();

    /** A message that could not be delivered within this time after it was queued is given up (FAILED). */
    @WithDefault("2d")
    Duration maxLifetime();

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(firstRetry(), maxRetry(), maxLifetime());
    }
}
