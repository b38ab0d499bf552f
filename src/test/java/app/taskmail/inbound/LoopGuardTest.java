package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoopGuardTest {

    private static final String DOMAIN = "taskmail.local";

    @Test
    void autoSubmittedOtherThanNoIsAnAutoReply() {
        assertEquals(Optional.of(IgnoreReason.AUTO_REPLY), check(headers("auto-replied; owner-email=x@y", null, null, "<a@b>", "n@c.example")));
        assertEquals(Optional.of(IgnoreReason.AUTO_REPLY), check(headers("Auto-Generated", null, null, "<a@b>", "n@c.example")));
        assertEquals(Optional.empty(), check(headers("No", null, null, "<a@b>", "n@c.example")));
    }

    @Test
    void bulkJunkAndListPrecedenceAndListIdAreIgnored() {
        for (String precedence : List.of("bulk", "JUNK", "list")) {
            assertEquals(Optional.of(IgnoreReason.BULK), check(headers(null, precedence, null, "<a@b>", "n@c.example")));
        }
        assertEquals(Optional.empty(), check(headers(null, "first-class", null, "<a@b>", "n@c.example")));
        assertEquals(Optional.of(IgnoreReason.MAILING_LIST), check(headers(null, null, "<list.example>", "<a@b>", "n@c.example")));
    }

    @Test
    void taskmailsOwnMessageIdsAndAddressesAreLoops() {
        assertEquals(Optional.of(IgnoreReason.OWN_MESSAGE), check(headers(null, null, null, "<x1@acme.taskmail.local>", "n@c.example")));
        assertEquals(Optional.of(IgnoreReason.OWN_SENDER), check(headers(null, null, null, "<a@b>", "bob@acme.taskmail.local")));
        assertEquals(Optional.empty(), check(headers(null, null, null, "<x1@acme.taskmail.local.evil.example>", "n@taskmail.local.example")));
    }

    private static Optional<IgnoreReason> check(MailHeaders headers) {
        return LoopGuard.check(headers, DOMAIN);
    }

    private static MailHeaders headers(String autoSubmitted, String precedence, String listId, String messageId, String from) {
        return new MailHeaders(messageId, List.of(), "Re: x", MailAddress.of(from, null).orElseThrow(), null, List.of(),
                autoSubmitted, precedence, listId, null, null, false);
    }
}
