package app.taskmail.inbound;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes the quoted history from the text of a reply, where mail clients mark it clearly:
 * <ol>
 * <li>everything from an attribution line on: "On … wrote:" (also wrapped over two lines, as Gmail
 * does, when the first line holds a date), "Am … schrieb …:", "Le … a écrit :";</li>
 * <li>everything from Outlook's "-----Original Message-----" on, and from an Outlook header block on
 * ("From: …" followed within three lines by "Sent: …" or "Date: …", optionally under a line of
 * underscores);</li>
 * <li>every line that starts with "&gt;".</li>
 * </ol>
 * Unmarked text is never touched. If trimming would leave nothing (a message that is all quote), the
 * text is kept whole: a comment never loses what the sender wrote.
 */
public final class QuoteTrimmer {

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?i)^\\s*(on\\s.{1,300}\\swrote:|am\\s.{1,300}\\sschrieb\\s.{0,300}:|le\\s.{1,300}\\sa\\s[ée]crit\\s?:)\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile("(?i)^\\s*on\\s.{1,300}$");
    private static final Pattern ATTRIBUTION_END = Pattern.compile("(?i)^.{0,300}\\swrote:\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile("(?i)^\\s*-{2,}\\s*original message\\s*-{2,}\\s*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?i)^\\s*\\*?(from|von|de):\\*?\\s.+$");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("(?i)^\\s*\\*?(sent|date|gesendet|envoyé):\\*?\\s.+$");
    private static final Pattern UNDERSCORES = Pattern.compile("^\\s*_{10,}\\s*$");

    private QuoteTrimmer() {
    }

    public static String trim(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (startsHistory(lines, i)) {
                break;
            }
            if (!lines.get(i).startsWith(">")) {
                kept.add(lines.get(i));
            }
        }
        String trimmed = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
        return trimmed.isEmpty() ? text.strip() : trimmed;
    }

    private static boolean startsHistory(List<String> lines, int i) {
        String line = lines.get(i);
        if (ATTRIBUTION.matcher(line).matches() || ORIGINAL_MESSAGE.matcher(line).matches()) {
            return true;
        }
        if (ATTRIBUTION_START.matcher(line).matches() && line.matches(".*\\d.*") && i + 1 < lines.size()
                && ATTRIBUTION_END.matcher(line + " " + lines.get(i + 1)).matches()
                && !lines.get(i + 1).isBlank()) {
            return true;
        }
        if (UNDERSCORES.matcher(line).matches() && i + 1 < lines.size() && isOutlookBlock(lines, i + 1)) {
            return true;
        }
        return isOutlookBlock(lines, i);
    }

    /** "From: …" with a "Sent:"/"Date:" line among the next three lines. */
    private static boolean isOutlookBlock(List<String> lines, int i) {
        if (!OUTLOOK_FROM.matcher(lines.get(i)).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            if (OUTLOOK_SENT.matcher(lines.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }
}
