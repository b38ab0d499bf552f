package app.taskmail.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Task;
import app.taskmail.sending.DispatchWorker;
import app.taskmail.sending.Dispatcher;
import app.taskmail.sending.OutboxStore;
import app.taskmail.sending.SendingConfig;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.Mails;
import app.taskmail.testing.SendingFixtures;
import app.taskmail.testing.SubmissionServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How fast the dispatcher drains a queue into real SMTP servers on loopback: a provider's submission port
 * (SubEthaSMTP, STARTTLS and AUTH required) through one mailbox, and the system relay (GreenMail), each with
 * one and with two dispatchers claiming from the same database. Prints figures (see bench/README.md); the
 * only assertion is correctness — every Message-ID arrived exactly once. Run by bench/dispatcher.sh; the
 * {@code benchmark} tag keeps it out of the normal build.
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(DispatcherBenchmark.OnlyBenchmarkWorkers.class)
class DispatcherBenchmark {

    /** The application's own dispatcher polls rarely, so only the benchmark's workers send. */
    public static class OnlyBenchmarkWorkers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("taskmail.sending.poll-interval", "1h");
        }
    }

    static final int MESSAGES = Integer.getInteger("bench.messages", 2000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 4);
    static final int WARM_UP = 500;
    static final Duration LIMIT = Duration.ofMinutes(2);
    static final String LOGIN = "bench-login";
    static final String PASSWORD = "bench-password";
    static final String ADDRESS = "bench@acme.example";

    @Inject
    Dispatcher dispatcher;

    @Inject
    SendingConfig config;

    @Inject
    OutboxStore store;

    Task task;
    Employee author;

    @Test
    void dispatchersDeliverEveryQueuedMessageExactlyOnce() throws Exception {
        Account account = Fixtures.account(Plan.PAID);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        task = Fixtures.task(Fixtures.project(account), author);
        try (SubmissionServer provider = new SubmissionServer(Map.of(LOGIN, PASSWORD), Map.of(LOGIN, ADDRESS))) {
            Mailbox mailbox = SendingFixtures.mailbox(account, null, ADDRESS, "127.0.0.1", provider.port(),
                    TransportSecurity.STARTTLS, LOGIN, PASSWORD);
            Supplier<Collection<String>> atProvider = () -> provider.received().stream()
                    .map(r -> r.header("Message-ID")).toList();
            Supplier<Collection<String>> atRelay = () -> MailRelay.received().stream()
                    .map(m -> Mails.header(m, "Message-ID")).toList();
            List<RunFigures> warmUp = List.of(run("mailbox", mailbox, WARM_UP, 1, atProvider),
                    run("relay", null, WARM_UP, 1, atRelay));
            List<RunFigures> runs = new ArrayList<>();
            for (int dispatchers = 1; dispatchers <= 2; dispatchers++) {
                runs.add(run("mailbox", mailbox, MESSAGES, dispatchers, atProvider));
                runs.add(run("relay", null, MESSAGES, dispatchers, atRelay));
            }
            ClaimTimer claimTimer = new ClaimTimer(store, config);
            List<String> claims = List.of(claimTimer.measure(task, author, mailbox, MESSAGES, 1),
                    claimTimer.measure(task, author, mailbox, MESSAGES, config.batchSize()));
            BenchReport.print(config, CONCURRENCY, runs, claims);
            List<RunFigures> all = new ArrayList<>(warmUp);
            all.addAll(runs);
            assertTrue(all.stream().allMatch(RunFigures::exactlyOnce),
                    "every Message-ID delivered exactly once: " + all);
        }
    }

    /** Queues, releases at once, lets {@code dispatchers} workers drain, waits until no row is open. */
    private RunFigures run(String route, Mailbox mailbox, int count, int dispatchers,
            Supplier<Collection<String>> arrived) throws Exception {
        long comment = BenchOutbox.queue(task, author, mailbox, count);
        List<DispatchWorker> workers = new ArrayList<>();
        for (int i = 0; i < dispatchers; i++) {
            workers.add(dispatcher.newWorker("bench-" + route + "-" + i, CONCURRENCY));
        }
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> drains = workers.stream()
                    .map(w -> CompletableFuture.supplyAsync(() -> drainAfter(start, w))).toList();
            Instant released = BenchOutbox.release(comment);
            start.countDown();
            for (CompletableFuture<Integer> drain : drains) {
                drain.get();
            }
            awaitClosed(comment, workers);
            return RunFigures.of(route, dispatchers, released, BenchOutbox.sent(comment),
                    BenchOutbox.messageIds(comment), arrived.get());
        } finally {
            workers.forEach(DispatchWorker::close);
        }
    }

    /** Waits for the sends still running; wakes the workers each second, as the poll would, for retries. */
    private static void awaitClosed(long comment, List<DispatchWorker> workers) throws InterruptedException {
        Instant end = Instant.now().plus(LIMIT);
        Instant nextWake = Instant.now().plusSeconds(1);
        while (BenchOutbox.open(comment) > 0 && Instant.now().isBefore(end)) {
            Thread.sleep(50);
            if (Instant.now().isAfter(nextWake)) {
                workers.forEach(DispatchWorker::wake);
                nextWake = Instant.now().plusSeconds(1);
            }
        }
    }

    private static int drainAfter(CountDownLatch start, DispatchWorker worker) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return worker.drain();
    }
}
