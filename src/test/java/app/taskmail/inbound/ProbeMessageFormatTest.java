package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The RFC 5322 text of a forwarding probe, read back with Jakarta Mail as a receiving server would. */
class ProbeMessageFormatTest {

    static final ZonedDateTime DATE = ZonedDateTime.of(2024, 6, 3, 10, 15, 30, 0, ZoneOffset.UTC);
    static final Map<String, String> HEADERS = Map.of("X-Taskmail-Probe", "abcdefghijklmnopqrstuvwx",
            "Auto-Submitted", "auto-generated");

    static ProbeMessage probe(String name, String subject, String messageId, String text) {
        return new ProbeMessage("support@acme.example", name, "support@acme.example", subject, messageId, HEADERS, text);
    }

    static String render(ProbeMessage probe) {
        return new String(ProbeMessageFormat.render(probe, DATE, "taskmail.local"), StandardCharsets.UTF_8);
    }

    static List<String> headerLines(String message) {
        return Arrays.asList(message.substring(0, message.indexOf("\r\n\r\n")).split("\r\n"));
    }

    static MimeMessage parse(String message) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void renderShouldWriteOneHeaderEachAndTheProbeHeadersWithCrlfLineEnds() throws Exception {
        String message = render(probe("Acme Support", "Taskmail forwarding check", "<probe-1@acme.taskmail.local>",
                "Taskmail sent this message.\n\nYou can delete it."));

        assertFalse(message.matches("(?s).*(\r(?!\n)|(?<!\r)\n).*"), "CRLF line ends only");
        List<String> headers = headerLines(message);
        for (String name : List.of("Date", "From", "To", "Subject", "Message-ID", "X-Taskmail-Probe", "Auto-Submitted")) {
            assertEquals(1, headers.stream().filter(h -> h.startsWith(name + ": ")).count(), name);
        }
        assertTrue(headers.contains("Date: Mon, 3 Jun 2024 10:15:30 +0000"), message);
        assertTrue(headers.contains("From: Acme Support <support@acme.example>"), message);
        assertTrue(headers.contains("To: Acme Support <support@acme.example>"), message);
        assertTrue(headers.contains("X-Taskmail-Probe: abcdefghijklmnopqrstuvwx"), message);
        MimeMessage parsed = parse(message);
        assertEquals("<probe-1@acme.taskmail.local>", parsed.getMessageID());
        assertEquals("Taskmail forwarding check", parsed.getSubject());
        assertEquals("Taskmail sent this message.\r\n\r\nYou can delete it.\r\n", parsed.getContent());
    }

    @Test
    void renderShouldKeepLineBreaksInValuesFromAddingHeaders() throws Exception {
        String message = render(probe("Acme\r\nBcc: victim@example.org", "Check\nBcc: victim@example.org",
                "<probe-2@acme.taskmail.local>\r\nBcc: victim@example.org", "Hello"));

        assertTrue(headerLines(message).stream().noneMatch(h -> h.regionMatches(true, 0, "Bcc:", 0, 4)), message);
        MimeMessage parsed = parse(message);
        assertEquals(1, parsed.getRecipients(MimeMessage.RecipientType.TO).length);
        assertEquals(null, parsed.getRecipients(MimeMessage.RecipientType.BCC));
        assertEquals("Check Bcc: victim@example.org", parsed.getSubject());
        assertTrue(parsed.getMessageID().endsWith("@taskmail.local>"), "a broken Message-ID is replaced");
    }

    @Test
    void renderShouldEncodeNamesAndTextBeyondAscii() throws Exception {
        String name = "Zoë Müller, Support — Acme Straße und Söhne mit einem recht langen Namen";
        String message = render(probe(name, "Prüfung der Weiterleitung", null, "Grüße aus Köln"));

        assertTrue(message.chars().allMatch(c -> c < 128), "7-bit clean on the wire");
        assertTrue(headerLines(message).stream().allMatch(h -> h.length() <= 998));
        MimeMessage parsed = parse(message);
        assertEquals(name, ((InternetAddress) parsed.getFrom()[0]).getPersonal());
        assertEquals("support@acme.example", ((InternetAddress) parsed.getFrom()[0]).getAddress());
        assertEquals("Prüfung der Weiterleitung", parsed.getSubject());
        assertEquals("Grüße aus Köln\r\n", parsed.getContent());
        assertTrue(parsed.getMessageID().matches("<[0-9a-f-]{36}@taskmail\\.local>"), parsed.getMessageID());
    }

    @Test
    void renderShouldRefuseAProbeHeaderThatWouldRepeatAnOwnHeader() {
        ProbeMessage probe = new ProbeMessage("a@acme.example", null, "a@acme.example", "Check", null,
                Map.of("from", "evil@example.org"), "Hello");
        assertThrows(IllegalArgumentException.class, () -> ProbeMessageFormat.render(probe, DATE, "taskmail.local"));
    }
}
