package app.taskmail.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void lineBreaksAndControlCharactersBecomeOneSpace() {
        assertEquals("Hello Bcc: x@evil", HeaderText.singleLine("Hello\r\nBcc: x@evil"));
        assertEquals("a b c", HeaderText.singleLine("a\u0000\tb\u2028\u0085c"));
        assertEquals("", HeaderText.singleLine(null));
    }

    @Test
    void displayNameLosesWhatWouldEndThePhraseAndIsQuotedWhenNeeded() {
        assertEquals("\"Acme, Inc. Support\"", HeaderText.displayName("Acme, Inc.\r\n Support"));
        assertEquals("Eve evil", HeaderText.displayName("Eve <evil>"));
        assertEquals("Zoë Müller", HeaderText.displayName("Zoë Müller"));
        assertEquals("\"Mallory Bcc: x@evil\" <m@acme.example>",
                HeaderText.mailbox("Mallory\r\nBcc: x@evil", "m@acme.example"));
        assertEquals("m@acme.example", HeaderText.mailbox("  ", "m@acme.example"));
    }

    @Test
    void addressWithLineBreakIsRefused() {
        assertThrows(HeaderText.UnusableAddressException.class, () -> HeaderText.address("a@b.example\r\nBcc: x@evil"));
        assertThrows(HeaderText.UnusableAddressException.class, () -> HeaderText.mailbox("A", "not an address"));
    }

    @Test
    void bodyLineEndsAreUnified() {
        assertEquals("one\ntwo\nthree\n", HeaderText.body("one\r\ntwo\rthree\n"));
    }
}
