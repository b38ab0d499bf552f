package app.taskmail.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address of this installation: {@code <local>@<account-slug>.<internal-domain>}. What the local part
 * means is read by {@link #kind()}: a task reply address {@code task-<id>-<token>}, the account inbox
 * {@code inbox}, or anything else (an employee's login, or nobody). Normalised to lower case on creation.
 */
public record InternalAddress(String localPart, String slug) {

    public static final String INBOX = "inbox";
    private static final Pattern REPLY = Pattern.compile("task-(\\d{1,18})-([a-z2-7]{1,64})");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public enum Kind {
        /** {@code task-<id>-<token>}: only valid when the token is the task's. */
        REPLY,
        /** {@code inbox}: the account's inbox. */
        INBOX,
        /** Any other local part: an employee's login, or no one. */
        PERSON
    }

    /**
     * Reads an address of the internal domain; empty for any other domain, for a sub-domain deeper than
     * one label, and for anything that is not an address.
     */
    public static Optional<InternalAddress> parse(String address, String internalDomain) {
        if (address == null) {
            return Optional.empty();
        }
        String value = address.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("<") && value.endsWith(">")) {
            value = value.substring(1, value.length() - 1);
        }
        int at = value.lastIndexOf('@');
        String suffix = "." + internalDomain.toLowerCase(Locale.ROOT);
        if (at < 1 || !value.endsWith(suffix)) {
            return Optional.empty();
        }
        String local = value.substring(0, at);
        String slug = value.substring(at + 1, value.length() - suffix.length());
        if (!SLUG.matcher(slug).matches() || local.length() > 64 || local.contains("@")) {
            return Optional.empty();
        }
        return Optional.of(new InternalAddress(local, slug));
    }

    public Kind kind() {
        if (REPLY.matcher(localPart).matches()) {
            return Kind.REPLY;
        }
        return INBOX.equals(localPart) ? Kind.INBOX : Kind.PERSON;
    }

    /** The task id of a reply address; empty for other kinds. */
    public Optional<Long> taskId() {
        Matcher m = REPLY.matcher(localPart);
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    /** The token of a reply address; empty for other kinds. */
    public Optional<String> token() {
        Matcher m = REPLY.matcher(localPart);
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    public String address(String internalDomain) {
        return localPart + "@" + slug + "." + internalDomain;
    }
}
