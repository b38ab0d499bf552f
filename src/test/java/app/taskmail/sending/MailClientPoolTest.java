package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.mailbox.HostGuard;
import app.taskmail.mailbox.TransportSecurity;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailClientPoolTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.0.0.1", "169.254.169.254", "localhost"})
    void sendShouldRefuseAHostTheGuardRefusesAndMarkItAMailboxProblem(String host) {
        MailClientPool pool = new MailClientPool();
        pool.hostGuard = new HostGuard(false, Optional.empty());
        MailboxConnection connection = new MailboxConnection(1, 1, 1, host, 465, TransportSecurity.SSL_TLS,
                "login", new byte[0], "k1");

        MailClientPool.HostRefusedException refused = assertThrows(MailClientPool.HostRefusedException.class,
                () -> pool.send(connection, null));

        DeliveryFailure failure = DeliveryFailure.classify(refused);
        assertEquals(FailureKind.MAILBOX_PROBLEM, failure.kind());
        assertTrue(failure.summary().contains(host), failure.summary());
    }
}
