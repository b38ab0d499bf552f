package app.taskmail.bench;

import app.taskmail.sending.SendingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed result: a block between two marker lines on stdout (bench/dispatcher.sh cuts it out of the
 * Maven log), also written to {@code target/benchmark/dispatcher.txt}.
 */
final class BenchReport {

    static final String BEGIN = "==== Taskmail dispatcher benchmark ====";
    static final String END = "==== end of dispatcher benchmark ====";
    static final Path FILE = Path.of("target", "benchmark", "dispatcher.txt");

    private BenchReport() {
    }

    static void print(SendingConfig config, int concurrency, List<RunFigures> runs, List<String> claims) {
        List<String> lines = new ArrayList<>();
        lines.add(BEGIN);
        lines.add(String.format("cpus %d, java %s (%s); batch-size %d, concurrency %d per dispatcher",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), config.batchSize(), concurrency));
        lines.add("mailbox = SubEthaSMTP submission port (STARTTLS + AUTH), relay = GreenMail (plain SMTP); loopback");
        lines.add("total = release of the queue to the last sent_at; latency = sent_at - queued_at per message");
        lines.add("");
        lines.add(RunFigures.HEADER);
        runs.forEach(run -> lines.add(run.row()));
        lines.add("");
        lines.addAll(claims);
        lines.add(END);
        String text = String.join(System.lineSeparator(), lines);
        System.out.println(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
