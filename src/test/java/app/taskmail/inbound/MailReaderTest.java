package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.taskmail.testing.MailText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailReaderTest {

    private final MailReader reader = new MailReader(1024);

    @Test
    void readsHeadersThatRouteTheMessage() throws Exception {
        ParsedMail mail = reader.read(MailText.from("Nina Patel <Nina@Client.Example>", "inbox@acme.taskmail.local", "Re: offer")
                .header("Message-ID", "<r1@client.example>").header("In-Reply-To", "<m3@acme.taskmail.local>")
                .header("References", "<m1@acme.taskmail.local> <m2@acme.taskmail.local> <m3@acme.taskmail.local>")
                .header("Cc", "Bob <task-1-abc@acme.taskmail.local>").bytes());
        MailHeaders headers = mail.headers();
        assertEquals("<r1@client.example>", headers.messageId());
        assertEquals(List.of("<m3@acme.taskmail.local>", "<m2@acme.taskmail.local>", "<m1@acme.taskmail.local>"), headers.threadIds());
        assertEquals(new MailAddress("nina@client.example", "Nina Patel"), headers.from());
        assertEquals(List.of("inbox@acme.taskmail.local", "task-1-abc@acme.taskmail.local"), headers.recipients());
        assertEquals("<r1@client.example>", mail.key());
    }

    @Test
    void htmlOnlyMessageBecomesTextWithoutMarkupScriptsOrQuotedHistory() throws Exception {
        ParsedMail mail = reader.read(MailText.from("n@client.example", "inbox@acme.taskmail.local", "Hi")
                .html("<html><head><style>p{color:red}</style></head><body><p>Hello <b>team</b>,</p>"
                        + "<div>line two<br>line three</div><script>alert(1)</script>"
                        + "<div class=\"gmail_quote\">On Mon, Alice wrote:<blockquote>old text</blockquote></div></body></html>")
                .bytes());
        assertEquals("Hello team,\n\nline two\nline three", mail.text());
    }

    @Test
    void plainAlternativeIsPreferredOverHtml() throws Exception {
        String raw = "From: n@client.example\r\nSubject: alt\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=\"x\"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<p>html version</p>\r\n"
                + "--x\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "plain version, caf=E9\r\n--x--\r\n";
        ParsedMail mail = reader.read(raw.getBytes(StandardCharsets.US_ASCII));
        assertEquals("plain version, café", mail.text());
        assertTrue(mail.files().isEmpty());
    }

    @Test
    void attachmentsAreKeptAndTooLargeOnesNamedInANote() throws Exception {
        byte[] small = "small file".getBytes(StandardCharsets.US_ASCII);
        ParsedMail mail = reader.read(MailText.from("n@client.example", "inbox@acme.taskmail.local", "files").text("See files")
                .file("small.txt", "text/plain", small).file("big.bin", "application/octet-stream", new byte[2048]).bytes());
        assertEquals("See files", mail.text());
        assertEquals(1, mail.files().size());
        assertEquals("small.txt", mail.files().get(0).name());
        assertArrayEquals(small, mail.files().get(0).content());
        assertEquals(List.of("The file \"big.bin\" was not kept: it is larger than 1 KB."), mail.notes());
    }

    @Test
    void manualForwardIsReadWithItsOriginal() throws Exception {
        byte[] original = MailText.from("Nina <nina@client.example>", "support@acme.example", "Re: offer")
                .header("In-Reply-To", "<m1@acme.taskmail.local>").text("Original words").bytes();
        ParsedMail mail = reader.read(MailText.from("support@acme.example", "inbox@acme.taskmail.local", "Fwd: Re: offer")
                .text("FYI").wrap(original).bytes());
        assertNotNull(mail.original());
        assertEquals("Original words", mail.effective().text());
        assertEquals(List.of("<m1@acme.taskmail.local>"), mail.effective().headers().threadIds());
        assertEquals("nina@client.example", mail.effective().headers().from().email());
        assertTrue(mail.files().isEmpty());
    }

    @Test
    void attachedMessageWithoutForwardSubjectStaysAFile() throws Exception {
        byte[] original = MailText.from("x@client.example", "y@client.example", "old").bytes();
        ParsedMail mail = reader.read(MailText.from("n@client.example", "inbox@acme.taskmail.local", "An old mail")
                .wrap(original).bytes());
        assertEquals(null, mail.original());
        assertEquals("message/rfc822", mail.files().get(0).contentType());
    }

    @Test
    void unreadableStructureKeepsTheBodyAsText() throws Exception {
        String raw = "From: n@client.example\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"gone\"\r\n\r\n"
                + "words that must survive\r\n";
        ParsedMail mail = reader.read(raw.getBytes(StandardCharsets.US_ASCII));
        assertTrue(mail.damaged());
        assertTrue(mail.text().contains("words that must survive"));
    }

    @Test
    void emptyAndHeaderlessBytesAreRefused() {
        assertEquals(UnreadableMailException.Reason.EMPTY,
                assertThrows(UnreadableMailException.class, () -> reader.read(new byte[0])).reason());
        assertEquals(UnreadableMailException.Reason.EMPTY,
                assertThrows(UnreadableMailException.class, () -> reader.read("\r\n \r\n".getBytes())).reason());
        assertEquals(UnreadableMailException.Reason.NOT_A_MESSAGE,
                assertThrows(UnreadableMailException.class, () -> reader.read("just words".getBytes())).reason());
    }

    @Test
    void messageWithoutIdIsKnownByTheHashOfItsBytes() throws Exception {
        byte[] raw = MailText.from("n@client.example", "inbox@acme.taskmail.local", "x").header("Message-ID", null).bytes();
        assertEquals(MailReader.hash(raw), reader.read(raw).key());
        assertTrue(reader.read(raw).key().startsWith("sha256:"));
        assertFalse(reader.read(raw).damaged());
    }
}
