package app.taskmail.inbound;

import app.taskmail.inbound.UnreadableMailException.Reason;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Reads one raw RFC 5322 message with Jakarta Mail into a {@link ParsedMail}.
 *
 * <p>Rules: text comes from the text/plain parts, or, when there are none, from the HTML ones turned
 * into text ({@link HtmlText}); in multipart/alternative only the plain version is read. Everything else
 * is a file. A manual forward ("Fwd:" subject with the original attached as message/rfc822) is read with
 * its original, which is what gets matched. Unknown charsets and transfer encodings are read as UTF-8
 * with replacement characters. When the MIME structure itself cannot be read, the whole body is kept as
 * text and the message is marked {@link ParsedMail#damaged()}: it is stored as text, never half.
 * Only bytes with no readable header at all are refused ({@link UnreadableMailException}).
 */
public final class MailReader {

    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*((re|aw|sv)\\s*:\\s*)*(fwd?|fw|wg|tr)\\s*:.*");
    private static final Pattern HEADER_FIELD = Pattern.compile("(?s)[\\x21-\\x39\\x3b-\\x7e]+:.*");
    private static final Session SESSION = Session.getInstance(lenient());

    private final long maxFileBytes;

    public MailReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public ParsedMail read(byte[] raw) throws UnreadableMailException {
        if (isBlank(raw)) {
            throw new UnreadableMailException(Reason.EMPTY);
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            if (!hasHeaderField(message)) {
                throw new UnreadableMailException(Reason.NOT_A_MESSAGE);
            }
            return read(message, raw, true);
        } catch (MessagingException e) {
            throw new UnreadableMailException(Reason.NOT_A_MESSAGE);
        }
    }

    private ParsedMail read(MimeMessage message, byte[] raw, boolean mayUnwrap) throws MessagingException {
        MailHeaders headers = HeaderReader.read(message);
        MimeBody body = new MimeBody(maxFileBytes);
        boolean damaged = false;
        try {
            body.walk(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            body = MimeBody.rawText(message, maxFileBytes);
            damaged = true;
        }
        ParsedMail original = null;
        if (mayUnwrap && !damaged && isForward(headers) && !body.messages().isEmpty()) {
            original = unwrap(body);
        }
        return new ParsedMail(headers, body.text(), body.files(), body.notes(), original, damaged, hash(raw));
    }

    /** The first attached message, read as the original; its .eml file is then not kept twice. */
    private ParsedMail unwrap(MimeBody body) {
        byte[] wrapped = body.messages().get(0).content();
        try {
            MimeMessage inner = new MimeMessage(SESSION, new ByteArrayInputStream(wrapped));
            if (!hasHeaderField(inner)) {
                return null;
            }
            body.files().remove(body.messages().get(0));
            return read(inner, wrapped, false);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** At least one line of the header block is a well-formed field ("Name: value", RFC 5322 §2.2). */
    private static boolean hasHeaderField(MimeMessage message) throws MessagingException {
        return Collections.list(message.getAllHeaderLines()).stream().anyMatch(line -> HEADER_FIELD.matcher(line).matches());
    }

    private static boolean isForward(MailHeaders headers) {
        return headers.subject() != null && FORWARD_SUBJECT.matcher(headers.subject()).matches();
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    static String hash(byte[] raw) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Properties lenient() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        return properties;
    }

    /** Used by {@link MimeBody}: a multipart read straight from its part, without the activation framework. */
    static MimeMultipart multipart(Part part) throws MessagingException {
        return new MimeMultipart(part.getDataHandler().getDataSource());
    }
}
