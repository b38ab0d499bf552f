package app.taskmail.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;

/**
 * The rules for the passwords employees log in with, wherever one is set (an administrator creating an
 * employee or resetting a password, an employee changing their own).
 *
 * <ul>
 *   <li>At least {@value #MIN_LENGTH} characters.</li>
 *   <li>At most {@value #MAX_BYTES} bytes in UTF-8: bcrypt ignores everything after its 72nd byte, so a longer
 *       password would silently be cut.</li>
 *   <li>Typed exactly as entered: no trimming, since a space is a valid character of a password.</li>
 * </ul>
 * Passwords are stored only as bcrypt hashes. Security caveat: a password must never be rendered back into
 * a form (not even after a validation error) and never be logged.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The message to show next to the password field, or {@code null} when the password is acceptable. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "Type a password.";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Use at least " + MIN_LENGTH + " characters.";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Use at most " + MAX_BYTES + " characters (fewer when they include accents or symbols).";
        }
        return null;
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** True when {@code password} is the one {@code hash} was made from. */
    public static boolean matches(String password, String hash) {
        return password != null && hash != null && BcryptUtil.matches(password, hash);
    }
}
