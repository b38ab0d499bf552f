package app.taskmail.inbound;

import static app.taskmail.testing.InboundFixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.taskmail.account.Account;
import app.taskmail.account.Employee;
import app.taskmail.account.Plan;
import app.taskmail.account.Role;
import app.taskmail.mailbox.Mailbox;
import app.taskmail.project.Task;
import app.taskmail.testing.Fixtures;
import app.taskmail.testing.InboundFixtures;
import app.taskmail.testing.MailText;
import app.taskmail.testing.SmtpClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Check forwarding": the probe a mailbox sends to itself, forwarded by the provider to the internal
 * address, turns the mailbox's status to verified. (The probe is delivered here as the provider's
 * forwarding rule would deliver it; sending it through the mailbox is the sending side's part.)
 */
@QuarkusTest
class ForwardingCheckTest {

    @Inject
    InboundListener listener;

    @Inject
    ForwardingCheck forwarding;

    Account account;
    Employee bob;

    @BeforeEach
    void setUp() {
        account = Fixtures.account(Plan.PAID);
        bob = Fixtures.employee(account, Role.EMPLOYEE);
    }

    @Test
    void companyMailboxIsVerifiedWhenItsProbeComesBackToTheInbox() {
        Mailbox mailbox = InboundFixtures.mailbox(account, null, Fixtures.unique("support") + "@acme.example");
        assertEquals(new ForwardingStatus(ForwardingState.NOT_CHECKED, address("inbox", account), null), status(mailbox));

        ProbeMessage probe = forwarding.prepare(mailbox);
        ForwardingStatus waiting = status(mailbox);
        assertEquals(ForwardingState.WAITING, waiting.state());
        assertEquals(address("inbox", account), waiting.forwardTo());
        assertNotNull(waiting.since());

        Instant before = Instant.now();
        assertEquals(250, SmtpClient.send(listener.port(), mailbox.email, address("inbox", account), asForwarded(probe)).code());
        ForwardingStatus verified = status(mailbox);
        assertEquals(ForwardingState.VERIFIED, verified.state());
        assertEquals("forwarding verified", verified.state().label());
        assertEquals(false, verified.since().isBefore(before));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", account.id)));
    }

    @Test
    void personalMailboxForwardsToItsOwnersAddress() {
        Mailbox mailbox = InboundFixtures.mailbox(account, bob, Fixtures.unique("bob") + "@gmail.example");
        assertEquals(address(bob.login, account), status(mailbox).forwardTo());
    }

    @Test
    void probeTokenDeliveredToAnotherAccountVerifiesNothing() {
        Mailbox mailbox = InboundFixtures.mailbox(account, null, Fixtures.unique("support") + "@acme.example");
        ProbeMessage probe = forwarding.prepare(mailbox);
        Account other = Fixtures.account(Plan.PAID);
        Fixtures.employee(other, Role.ADMIN);

        SmtpClient.send(listener.port(), mailbox.email, address("inbox", other), asForwarded(probe));
        assertEquals(ForwardingState.WAITING, status(mailbox).state());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Task.count("account.id", other.id)));
    }

    @Test
    void changingTheMailboxAddressAsksForANewCheck() {
        Mailbox mailbox = InboundFixtures.mailbox(account, null, Fixtures.unique("support") + "@acme.example");
        ProbeMessage probe = forwarding.prepare(mailbox);
        SmtpClient.send(listener.port(), mailbox.email, address("inbox", account), asForwarded(probe));
        QuarkusTransaction.requiringNew().run(() -> Mailbox.<Mailbox>findById(mailbox.id).email = "new@acme.example");

        ForwardingStatus status = status(mailbox);
        assertEquals(ForwardingState.NOT_CHECKED, status.state());
        assertNull(status.since());
    }

    /** The probe as the provider's forwarding rule passes it on: headers kept, envelope to the internal address. */
    private static byte[] asForwarded(ProbeMessage probe) {
        MailText mail = MailText.from(probe.from(), probe.to(), probe.subject()).header("Message-ID", probe.messageId())
                .text(probe.text());
        probe.headers().forEach(mail::header);
        return mail.bytes();
    }

    private ForwardingStatus status(Mailbox mailbox) {
        return QuarkusTransaction.requiringNew().call(() -> forwarding.status(Mailbox.findById(mailbox.id)));
    }
}
