package app.taskmail.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the raw text of an email as a mail client would send it: headers, a text/plain body, and
 * optionally files (base64) or a whole message wrapped as message/rfc822, in multipart/mixed. Lines end
 * in CRLF. Every message gets a fresh Message-ID unless one is set (or removed with {@code null}).
 */
public final class MailText {

    private final Map<String, String> headers = new LinkedHashMap<>();
    private String text = "Hello";
    private String html;
    private final List<String[]> files = new ArrayList<>();
    private final List<byte[]> wrapped = new ArrayList<>();

    private MailText(String from, String to, String subject) {
        headers.put("From", from);
        headers.put("To", to);
        headers.put("Subject", subject);
        headers.put("Date", "Mon, 3 Jun 2024 10:00:00 +0000");
        headers.put("Message-ID", "<" + UUID.randomUUID() + "@client.example>");
        headers.put("MIME-Version", "1.0");
    }

    public static MailText from(String from, String to, String subject) {
        return new MailText(from, to, subject);
    }

    /** Sets a header; {@code null} removes it. */
    public MailText header(String name, String value) {
        if (value == null) {
            headers.remove(name);
        } else {
            headers.put(name, value);
        }
        return this;
    }

    public String messageId() {
        return headers.get("Message-ID");
    }

    public MailText text(String text) {
        this.text = text;
        return this;
    }

    /** An HTML body instead of the plain one. */
    public MailText html(String html) {
        this.html = html;
        return this;
    }

    public MailText file(String name, String contentType, byte[] content) {
        files.add(new String[] {name, contentType, Base64.getMimeEncoder().encodeToString(content)});
        return this;
    }

    /** Wraps another message as an attached message/rfc822, as a manual "Forward as attachment" does. */
    public MailText wrap(byte[] original) {
        wrapped.add(original);
        return this;
    }

    public byte[] bytes() {
        StringBuilder mail = new StringBuilder();
        headers.forEach((name, value) -> mail.append(name).append(": ").append(value).append("\r\n"));
        if (files.isEmpty() && wrapped.isEmpty()) {
            mail.append(bodyPart());
            return crlf(mail.toString());
        }
        String boundary = "b-" + UUID.randomUUID();
        mail.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        mail.append("--").append(boundary).append("\r\n").append(bodyPart()).append("\r\n");
        for (String[] file : files) {
            mail.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: ").append(file[1]).append("; name=\"").append(file[0]).append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(file[0]).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n").append(file[2]).append("\r\n");
        }
        for (byte[] original : wrapped) {
            mail.append("--").append(boundary).append("\r\n")
                    .append("Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n")
                    .append(new String(original, StandardCharsets.UTF_8)).append("\r\n");
        }
        mail.append("--").append(boundary).append("--\r\n");
        return crlf(mail.toString());
    }

    private String bodyPart() {
        if (html != null) {
            return "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + html + "\r\n";
        }
        return "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
    }

    private static byte[] crlf(String mail) {
        return mail.replaceAll("\r?\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
