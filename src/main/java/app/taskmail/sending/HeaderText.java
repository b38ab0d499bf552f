package app.taskmail.sending;

import app.taskmail.web.Text;

/**
 * Makes text safe for a mail header. Header injection works by smuggling a line break into a value
 * ({@code "Hello\r\nBcc: x@evil"}); here every control character — CR, LF, TAB, NUL, NEL, the Unicode line
 * and paragraph separators — becomes a space, so whatever a subject, a display name or an address holds,
 * it stays one value of one header. Forms refuse such text already (see {@link Text#hasControlCharacters});
 * this is the last line of defence for text that arrived another way (inbound mail, old data).
 */
public final class HeaderText {

    private static final String SPECIALS = "()<>[]:;@\\,.\"";

    private HeaderText() {
    }

    /** One line: control characters replaced by spaces, runs of blanks collapsed, trimmed; never null. */
    public static String singleLine(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean blank = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u2028' || c == '\u2029';
            if (space) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                out.append(' ');
            }
            blank = false;
            out.append(c);
        }
        return out.toString();
    }

    /** {@link #singleLine} cut to at most {@code max} characters. */
    public static String singleLine(String value, int max) {
        String line = singleLine(value);
        return line.length() <= max ? line : line.substring(0, max).strip();
    }

    /**
     * A display name usable in {@code Name <address>}: one line, without angle brackets, quotes, backslashes
     * or parentheses (which would end or confuse the phrase), and quoted when it holds other specials.
     */
    public static String displayName(String name) {
        String line = singleLine(name, 200).replaceAll("[<>\"\\\\()]", "").strip();
        if (line.isEmpty()) {
            return "";
        }
        boolean ascii = line.chars().allMatch(c -> c < 128);
        boolean special = line.chars().anyMatch(c -> SPECIALS.indexOf(c) >= 0);
        return ascii && special ? "\"" + line + "\"" : line;
    }

    /**
     * {@code Name <address>}, or the bare address without a name.
     *
     * @throws UnusableAddressException when the address is not a plain, single-line email address
     */
    public static String mailbox(String name, String address) {
        String email = address(address);
        String phrase = displayName(name);
        return phrase.isEmpty() ? email : phrase + " <" + email + ">";
    }

    /**
     * The address itself, checked.
     *
     * @throws UnusableAddressException when it is not a plain, single-line email address
     */
    public static String address(String address) {
        String email = address == null ? "" : address.strip();
        if (!Text.isEmailAddress(email)) {
            throw new UnusableAddressException();
        }
        return email;
    }

    /**
     * Body text with one kind of line end: CRLF and lone CR become LF. The mail client writes every line with
     * CRLF on the wire, so no bare CR or LF ever reaches the SMTP server.
     */
    public static String body(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** An address that cannot be put into a mail header or an SMTP command; sending it again will not help. */
    public static class UnusableAddressException extends IllegalArgumentException {
        public UnusableAddressException() {
            super("not a usable email address");
        }
    }
}
