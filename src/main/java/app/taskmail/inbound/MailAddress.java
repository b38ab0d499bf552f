package app.taskmail.inbound;

import app.taskmail.web.Text;
import java.util.Locale;
import java.util.Optional;

/**
 * A sender as a message names it: the address, lower-cased, and the display name if any. Only addresses
 * that Taskmail could write back to are accepted ({@link Text#isEmailAddress}); a name is kept only when it
 * is a single line of at most 200 characters.
 */
public record MailAddress(String email, String name) {

    public static Optional<MailAddress> of(String email, String name) {
        String address = Text.clean(email);
        if (address == null || !Text.isEmailAddress(address)) {
            return Optional.empty();
        }
        String display = Text.clean(name);
        if (display != null && (Text.hasControlCharacters(display) || display.length() > 200)) {
            display = null;
        }
        return Optional.of(new MailAddress(address.toLowerCase(Locale.ROOT), display));
    }

    /** The domain, lower-cased. */
    public String domain() {
        return email.substring(email.lastIndexOf('@') + 1);
    }

    /** True for {@code <anything>@<anything>.<internal-domain>}: one of this installation's own addresses. */
    public boolean isInternal(String internalDomain) {
        String domain = domain();
        String own = internalDomain.toLowerCase(Locale.ROOT);
        return domain.equals(own) || domain.endsWith("." + own);
    }
}
