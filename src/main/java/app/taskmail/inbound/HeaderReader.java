package app.taskmail.inbound;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the headers Taskmail acts on. Lenient by design: a header that cannot be decoded is taken as
 * it stands or left out, never an error, so that a message with odd headers is still read.
 */
final class HeaderReader {

    static final String PROBE_HEADER = "X-Taskmail-Probe";
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,296}>");
    private static final int MAX_THREAD_IDS = 50;

    private HeaderReader() {
    }

    static MailHeaders read(MimeMessage message) throws MessagingException {
        List<String> references = ids(first(message, "References"));
        Collections.reverse(references);
        List<String> threadIds = new ArrayList<>(ids(first(message, "In-Reply-To")));
        references.stream().filter(id -> !threadIds.contains(id)).forEach(threadIds::add);
        return new MailHeaders(
                ids(first(message, "Message-ID")).stream().findFirst().orElse(null),
                threadIds.size() > MAX_THREAD_IDS ? threadIds.subList(0, MAX_THREAD_IDS) : threadIds,
                subject(message),
                from(message),
                first(message, "Return-Path"),
                recipients(message),
                first(message, "Auto-Submitted"),
                first(message, "Precedence"),
                first(message, "List-Id"),
                first(message, "X-Autoreply") != null ? first(message, "X-Autoreply") : first(message, "X-Autorespond"),
                first(message, PROBE_HEADER),
                "multipart/report".equals(baseType(message.getContentType())));
    }

    /** The first value of a header, trimmed; {@code null} when absent. */
    static String first(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0].strip();
    }

    /** Every {@code <…>} message id in a header value, in order. */
    static List<String> ids(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = MESSAGE_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** Lower-case "type/subtype"; a header that cannot be parsed counts as text/plain (RFC 2045 default). */
    static String baseType(String contentType) {
        if (contentType == null) {
            return "text/plain";
        }
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException | RuntimeException e) {
            return "text/plain";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static MailAddress from(MimeMessage message) throws MessagingException {
        String value = first(message, "From");
        if (value == null) {
            value = first(message, "Sender");
        }
        for (InternetAddress address : addresses(value)) {
            MailAddress parsed = MailAddress.of(address.getAddress(), personal(address)).orElse(null);
            if (parsed != null) {
                return parsed;
            }
        }
        return null;
    }

    private static String personal(InternetAddress address) {
        try {
            return address.getPersonal();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        List<String> all = new ArrayList<>();
        for (String header : List.of("To", "Cc", "Delivered-To", "X-Original-To")) {
            String[] values = message.getHeader(header);
            for (String value : values == null ? new String[0] : values) {
                addresses(value).stream().filter(a -> a.getAddress() != null).forEach(a -> all.add(a.getAddress()));
            }
        }
        return all;
    }

    private static List<InternetAddress> addresses(String value) {
        if (value == null) {
            return List.of();
        }
        try {
            return List.of(InternetAddress.parseHeader(unfold(value), false));
        } catch (MessagingException | RuntimeException e) {
            return List.of();
        }
    }

    private static String unfold(String value) {
        return MimeUtility.unfold(value);
    }
}
