package app.taskmail.mailbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One reply of an SMTP server: its three-digit code and its lines of text (without the code).
 *
 * <p>{@link #text()} is safe to show to a user: control characters are removed and the length is capped,
 * since it is whatever the remote server chose to send.
 */
public record SmtpReply(int code, List<String> lines) {

    private static final int MAX_SHOWN = 400;

    public SmtpReply {
        lines = List.copyOf(lines);
    }

    public boolean isPositive() {
        return code >= 200 && code < 400;
    }

    /** 4xx: the server says to try again later. */
    public boolean isTransient() {
        return code >= 400 && code < 500;
    }

    /**
     * The reply as the server wrote it, on one line, e.g. {@code 535 5.7.8 Authentication failed}. A line
     * that was no SMTP reply at all has the code 0 and is shown as it came.
     */
    public String text() {
        String joined = (code == 0 ? "" : code + " ") + String.join(" ", lines);
        String clean = joined.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > MAX_SHOWN ? clean.substring(0, MAX_SHOWN) + "…" : clean;
    }

    /** Whether an EHLO reply announces an extension, e.g. {@code STARTTLS}. */
    public boolean offers(String extension) {
        return lines.stream().skip(1).map(SmtpReply::keyword).anyMatch(extension::equals);
    }

    /** The SASL mechanisms an EHLO reply announces after {@code AUTH}, upper-case. */
    public Set<String> authMechanisms() {
        Set<String> mechanisms = new LinkedHashSet<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] words = line.strip().toUpperCase(Locale.ROOT).split("[\\s=]+");
            if (words.length > 0 && words[0].equals("AUTH")) {
                mechanisms.addAll(List.of(words).subList(1, words.length));
            }
        }
        return mechanisms;
    }

    private static String keyword(String line) {
        String trimmed = line.strip().toUpperCase(Locale.ROOT);
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
