package app.taskmail.inbound;

import app.taskmail.project.AttachmentInfo;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Collects the text and the files of one message while walking its MIME tree (see {@link MailReader} for
 * the rules). Parts are decoded by hand rather than through the activation framework, so that an unknown
 * charset or transfer encoding degrades to readable text instead of an exception.
 */
final class MimeBody {

    private static final int MAX_DEPTH = 20;

    private final long maxFileBytes;
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder html = new StringBuilder();
    private final List<MailFile> files = new ArrayList<>();
    private final List<MailFile> messages = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MimeBody(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** A body whose structure could not be read: everything after the headers, as text. */
    static MimeBody rawText(MimeMessage message, long maxFileBytes) {
        MimeBody body = new MimeBody(maxFileBytes);
        try {
            body.plain.append(decode(message.getRawInputStream().readAllBytes(), null));
        } catch (MessagingException | IOException e) {
            body.notes.add("The text of this message could not be read.");
        }
        return body;
    }

    void walk(Part part) throws MessagingException, IOException {
        walk(part, 0);
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        String type = HeaderReader.baseType(part.getContentType());
        if (depth > MAX_DEPTH) {
            throw new MessagingException("MIME parts nested too deep");
        }
        if (type.startsWith("multipart/")) {
            walkMultipart(MailReader.multipart(part), type, depth);
        } else if (type.equals("message/rfc822")) {
            keepFile(part, type, "forwarded message.eml").ifPresent(messages::add);
        } else if (isFile(part, type)) {
            keepFile(part, type, "attachment");
        } else if (type.equals("text/html")) {
            html.append(text(part)).append('\n');
        } else {
            plain.append(text(part)).append('\n');
        }
    }

    private void walkMultipart(MimeMultipart multipart, String type, int depth) throws MessagingException, IOException {
        if (type.equals("multipart/alternative")) {
            BodyPart chosen = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart candidate = multipart.getBodyPart(i);
                if (chosen == null || HeaderReader.baseType(candidate.getContentType()).equals("text/plain")) {
                    chosen = candidate;
                }
            }
            if (chosen != null) {
                walk(chosen, depth + 1);
            }
            return;
        }
        for (int i = 0; i < multipart.getCount(); i++) {
            walk(multipart.getBodyPart(i), depth + 1);
        }
    }

    /** A file: any part sent as an attachment, and any part that is neither plain text nor HTML. */
    private static boolean isFile(Part part, String type) {
        boolean text = type.equals("text/plain") || type.equals("text/html");
        return !text || Part.ATTACHMENT.equalsIgnoreCase(disposition(part));
    }

    private Optional<MailFile> keepFile(Part part, String type, String fallbackName) throws MessagingException, IOException {
        String name = fileName(part);
        name = name == null ? fallbackName : name;
        byte[] content;
        try (InputStream in = decoded(part)) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
        }
        if (content.length > maxFileBytes) {
            notes.add("The file \"" + name + "\" was not kept: it is larger than " + AttachmentInfo.sizeLabel(maxFileBytes) + ".");
            return Optional.empty();
        }
        MailFile file = new MailFile(name, type, content);
        files.add(file);
        return Optional.of(file);
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null ? null : MimeUtility.decodeText(name);
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        try (InputStream in = decoded(part)) {
            return decode(in.readAllBytes(), charset(part));
        }
    }

    /** The part's bytes with the transfer encoding undone; the raw bytes when the encoding is unknown. */
    private static InputStream decoded(Part part) throws MessagingException, IOException {
        try {
            return part.getInputStream();
        } catch (MessagingException | IOException e) {
            if (part instanceof MimeBodyPart bodyPart) {
                return bodyPart.getRawInputStream();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            throw e;
        }
    }

    private static String charset(Part part) {
        try {
            return new ContentType(part.getContentType()).getParameter("charset");
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** Decodes with the declared charset when Java knows it, else UTF-8; bad bytes become U+FFFD. */
    static String decode(byte[] bytes, String declared) {
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            try {
                charset = Charset.forName(MimeUtility.javaCharset(declared.strip().toLowerCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                charset = StandardCharsets.UTF_8;
            }
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The text: the plain parts, or the HTML ones turned into text when there is no plain part. */
    String text() {
        String text = plain.toString().isBlank() && !html.isEmpty() ? HtmlText.toText(html.toString()) : plain.toString();
        return text.strip();
    }

    List<MailFile> files() {
        return files;
    }

    List<MailFile> messages() {
        return messages;
    }

    List<String> notes() {
        return notes;
    }
}
