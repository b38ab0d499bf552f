package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.mailbox.TransportSecurity;
import app.taskmail.project.Task;
import app.taskmail.sending.OutboxStore.Claim;
import app.taskmail.testing.Eventually;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.MailRelay;
import app.taskmail.testing.Mails;
import app.taskmail.testing.SendingFixtures;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Several dispatchers on one database: every message goes out exactly once; leases decide who may finish. */
@QuarkusTest
class DispatcherConcurrencyTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    OutboxStore store;

    GreenMail server;
    Account account;
    Employee author;
    Task task;
    Mailbox mailbox;

    @BeforeEach
    void setUp() {
        server = new GreenMail(new ServerSetup(MailRelay.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        server.setUser("bulk@acme.example", "bulk-login", "bulk-pass");
        account = Fixtures.account(Plan.PAID);
        author = Fixtures.employee(account, Role.EMPLOYEE);
        task = Fixtures.task(Fixtures.project(account), author);
        mailbox = SendingFixtures.mailbox(account, null, "bulk@acme.example", "localhost", server.getSmtp().getPort(),
                TransportSecurity.NONE, "bulk-login", "bulk-pass");
    }

    @AfterEach
    void tearDown() {
        server.stop();
    }

    @Test
    void twoDispatchersDeliverFiveHundredMessagesExactlyOnceEach() throws Exception {
        List<Long> ids = insert(500, Instant.now().plus(1, ChronoUnit.DAYS));
        try (DispatchWorker a = dispatcher.newWorker("test-a", 4); DispatchWorker b = dispatcher.newWorker("test-b", 4)) {
            makeDue(ids);
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> await(start, a));
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> await(start, b));
            start.countDown();
            first.get();
            second.get();
            Eventually.until(Duration.ofMinutes(3), "all 500 messages sent", () -> sentCount(ids) == 500);
            assertTrue(a.handedOut() > 0 && b.handedOut() > 0, "both dispatchers took part: " + a.handedOut() + "/" + b.handedOut());
        }
        Map<String, Long> copies = Arrays.stream(server.getReceivedMessages())
                .collect(Collectors.groupingBy(m -> Mails.header(m, "Message-ID"), Collectors.counting()));
        List<String> messageIds = QuarkusTransaction.requiringNew().call(() -> OutgoingMessage
                .<OutgoingMessage>list("id in ?1", ids).stream().map(m -> m.messageId).toList());
        assertEquals(500, copies.size());
        for (String messageId : messageIds) {
            assertEquals(1L, copies.get(messageId), messageId);
        }
    }

    @Test
    void finishingWithALostLeaseChangesNothing() {
        long id = insert(1, Instant.now().plus(1, ChronoUnit.DAYS)).get(0);
        UUID token = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update(
                "status = ?1, leaseToken = ?2, leaseExpiresAt = ?3 where id = ?4", DeliveryStatus.SENDING, token,
                Instant.now().plus(1, ChronoUnit.HOURS), id));

        assertFalse(store.finish(new Claim(id, UUID.randomUUID()), Finish.sent(Instant.now(), null)));
        assertEquals(DeliveryStatus.SENDING, SendingFixtures.message(id).status);

        assertTrue(store.finish(new Claim(id, token), Finish.sent(Instant.now(), null)));
        assertEquals(DeliveryStatus.SENT, SendingFixtures.message(id).status);
    }

    @Test
    void messageOfACrashedInstanceIsTakenAgainWhenItsLeaseExpires() {
        long id = insert(1, Instant.now().plus(1, ChronoUnit.DAYS)).get(0);
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update(
                "status = ?1, leaseToken = ?2, leaseExpiresAt = ?3, attempts = 1 where id = ?4", DeliveryStatus.SENDING,
                UUID.randomUUID(), Instant.now().minusSeconds(5), id));
        Eventually.until("the expired lease to be taken over and the message sent",
                () -> SendingFixtures.message(id).status == DeliveryStatus.SENT);
        assertEquals(2, SendingFixtures.message(id).attempts);
        assertEquals(1, Arrays.stream(server.getReceivedMessages())
                .filter(m -> SendingFixtures.message(id).messageId.equals(Mails.header(m, "Message-ID"))).count());
    }

    private static int await(CountDownLatch start, DispatchWorker worker) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return worker.drain();
    }

    private List<Long> insert(int count, Instant due) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(SendingFixtures.outgoing(task, author, mailbox, "reader@client.example", DeliveryStatus.QUEUED, due,
                    m -> { }).id);
        }
        return ids;
    }

    private static void makeDue(List<Long> ids) {
        QuarkusTransaction.requiringNew().run(() -> OutgoingMessage.update("nextAttemptAt = ?1 where id in ?2",
                Instant.now(), ids));
    }

    private static long sentCount(List<Long> ids) {
        return QuarkusTransaction.requiringNew().call(() -> OutgoingMessage.count("id in ?1 and status = ?2", ids,
                DeliveryStatus.SENT));
    }
}
