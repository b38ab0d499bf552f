package app.taskmail.bench;

import app.taskmail.bench.BenchOutbox.Timing;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one benchmark run: time from release to the last {@code sent_at}, throughput, latency
 * percentiles ({@code sent_at - queued_at}), and what the SMTP server received: copies beyond the first
 * (duplicates), Message-IDs that never arrived (missing) and rows not {@code SENT} when the run ended (unsent).
 */
record RunFigures(String route, int dispatchers, int messages, long totalMillis, long p50, long p95, long max,
        long retried, long duplicates, long missing, long unsent) {

    static final String HEADER = String.format("%-9s %11s %8s %9s %8s %7s %7s %7s %7s %10s %7s %6s",
            "route", "dispatchers", "messages", "total s", "msg/s", "p50 ms", "p95 ms", "max ms", "retried",
            "duplicates", "missing", "unsent");

    static RunFigures of(String route, int dispatchers, Instant released, List<Timing> sent,
            List<String> expected, Collection<String> arrived) {
        List<Long> latencies = sent.stream().map(Timing::latencyMillis).sorted().toList();
        Instant last = sent.stream().map(Timing::sentAt).max(Instant::compareTo).orElse(released);
        Map<String, Long> copies = arrived.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicates = expected.stream().mapToLong(id -> Math.max(0, copies.getOrDefault(id, 0L) - 1)).sum();
        long missing = expected.stream().filter(id -> !copies.containsKey(id)).count();
        return new RunFigures(route, dispatchers, expected.size(), Duration.between(released, last).toMillis(),
                percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100),
                sent.stream().filter(t -> t.attempts() > 1).count(), duplicates, missing,
                expected.size() - sent.size());
    }

    boolean exactlyOnce() {
        return duplicates == 0 && missing == 0 && unsent == 0;
    }

    double perSecond() {
        return totalMillis == 0 ? 0 : messages * 1000.0 / totalMillis;
    }

    String row() {
        return String.format("%-9s %11d %8d %9.2f %8.0f %7d %7d %7d %7d %10d %7d %6d", route, dispatchers, messages,
                totalMillis / 1000.0, perSecond(), p50, p95, max, retried, duplicates, missing, unsent);
    }

    /** Nearest-rank percentile of sorted values; 0 when there are none. */
    static long percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
