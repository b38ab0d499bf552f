package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InternalAddressTest {

    private static final String DOMAIN = "taskmail.local";

    @Test
    void readsReplyInboxAndPersonAddressesCaseInsensitively() {
        InternalAddress reply = InternalAddress.parse("<Task-12-ABCDEFGHIJKLMNOPQRSTUVWX@Acme.Taskmail.Local>", DOMAIN).orElseThrow();
        assertEquals(InternalAddress.Kind.REPLY, reply.kind());
        assertEquals(Optional.of(12L), reply.taskId());
        assertEquals(Optional.of("abcdefghijklmnopqrstuvwx"), reply.token());
        assertEquals("acme", reply.slug());
        assertEquals(InternalAddress.Kind.INBOX, InternalAddress.parse("inbox@acme.taskmail.local", DOMAIN).orElseThrow().kind());
        assertEquals(InternalAddress.Kind.PERSON, InternalAddress.parse("bob@acme.taskmail.local", DOMAIN).orElseThrow().kind());
    }

    @Test
    void refusesOtherDomainsAndDeeperSubdomains() {
        assertTrue(InternalAddress.parse("bob@acme.example", DOMAIN).isEmpty());
        assertTrue(InternalAddress.parse("bob@taskmail.local", DOMAIN).isEmpty());
        assertTrue(InternalAddress.parse("bob@x.acme.taskmail.local", DOMAIN).isEmpty());
        assertTrue(InternalAddress.parse("bob@acme.taskmail.local.evil.example", DOMAIN).isEmpty());
        assertTrue(InternalAddress.parse("@acme.taskmail.local", DOMAIN).isEmpty());
    }
}
