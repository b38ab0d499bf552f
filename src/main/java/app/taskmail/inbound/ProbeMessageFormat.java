package app.taskmail.inbound;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a {@link ProbeMessage} as the RFC 5322 text that goes after SMTP {@code DATA}: Date, From and To
 * (the mailbox with its display name), Subject, Message-ID, a plain-text MIME body, then the probe's own
 * headers exactly as given.
 *
 * <p>Rules: every line ends in CRLF; each of From, To, Subject, Date and Message-ID appears once (a probe
 * header of the same name is refused); header values never carry CR, LF or other control characters of
 * their own — any in the given values become spaces, so no value can smuggle in another header; non-ASCII
 * names and subjects are RFC 2047 encoded and long header lines folded. The body is 7bit when it is ASCII
 * with short lines, else base64. A missing or malformed Message-ID is replaced by a random one under the internal domain.
 */
final class ProbeMessageFormat {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final Set<String> OWN = Set.of("date", "from", "to", "subject", "message-id", "mime-version",
            "content-type", "content-transfer-encoding");
    private static final String CRLF = "\r\n";
    /** CR, LF and the other control characters but tab: never part of a header value. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0a-\\x1f\\x7f]+");

    private ProbeMessageFormat() {
    }

    static byte[] render(ProbeMessage probe, ZonedDateTime date, String internalDomain) {
        StringBuilder out = new StringBuilder();
        header(out, "Date", DATE.format(date));
        header(out, "From", address(probe.from(), probe.fromName()));
        header(out, "To", address(probe.to(), probe.fromName()));
        header(out, "Subject", encoded(probe.subject()));
        header(out, "Message-ID", messageId(probe.messageId(), internalDomain));
        header(out, "MIME-Version", "1.0");
        header(out, "Content-Type", "text/plain; charset=UTF-8");
        String body = crlf(probe.text() == null ? "" : probe.text());
        boolean plain = body.chars().allMatch(c -> c < 128) && body.lines().allMatch(l -> l.length() <= 998);
        header(out, "Content-Transfer-Encoding", plain ? "7bit" : "base64");
        new TreeMap<>(probe.headers()).forEach((name, value) -> header(out, checkedName(name), encoded(value)));
        out.append(CRLF);
        out.append(plain ? body : base64(body));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void header(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(MimeUtility.fold(name.length() + 2, oneLine(value))).append(CRLF);
    }

    private static String oneLine(String value) {
        return value == null ? "" : CONTROL.matcher(value).replaceAll(" ").strip();
    }

    private static String address(String email, String name) {
        try {
            String personal = name == null || name.isBlank() ? null : oneLine(name);
            return new InternetAddress(oneLine(email), personal, "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String encoded(String text) {
        try {
            return MimeUtility.encodeText(oneLine(text), "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static String messageId(String given, String internalDomain) {
        String id = oneLine(given);
        return id.matches("<[\\x21-\\x3b\\x3d\\x3f-\\x7e]+@[\\x21-\\x3b\\x3d\\x3f-\\x7e]+>") ? id
                : "<" + UUID.randomUUID() + "@" + internalDomain + ">";
    }

    private static String checkedName(String name) {
        if (name == null || !name.matches("[\\x21-\\x39\\x3b-\\x7e]+") || OWN.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a header the probe may add: " + name);
        }
        return name;
    }

    private static String crlf(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", CRLF);
        return lines.endsWith(CRLF) ? lines : lines + CRLF;
    }

    private static String base64(String body) {
        String encoded = Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return encoded.isEmpty() ? "" : encoded + CRLF;
    }
}
