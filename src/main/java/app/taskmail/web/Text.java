package app.taskmail.web;

/** Small, pure checks on typed text shared by the forms. */
public final class Text {

    private Text() {
    }

    /** Trimmed value, or {@code null} when nothing but blanks was typed. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * True when the value holds CR, LF or another control character. Such text must never reach a mail
     * header or a single-line field (header injection).
     */
    public static boolean hasControlCharacters(String value) {
        if (value == null) {
            return false;
        }
        return value.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }

    /**
     * A deliberately strict check of an email address as Taskmail uses them: one {@code @}, a local part of
     * printable ASCII without spaces or specials that would need quoting, and a domain of dot-separated
     * labels. Internationalised addresses are out of scope.
     */
    public static boolean isEmailAddress(String value) {
        if (value == null || value.length() > 254 || hasControlCharacters(value)) {
            return false;
        }
        return value.matches("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+")
                && !value.startsWith(".") && !value.contains("..") && !value.contains(".@");
    }
}
