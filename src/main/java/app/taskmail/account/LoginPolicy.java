package app.taskmail.account;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a login may look like. The login is what the login form asks for and the local part of the
 * employee's internal address ({@code <login>@<account-slug>.<internal-domain>}), so:
 *
 * <ul>
 *   <li>2 to 64 characters: lower-case letters a–z, digits, dot, dash and underscore, starting with a letter;
 *       no two dots in a row and no dot at the end (both are invalid in a mail local part);</li>
 *   <li>not one of the system's own local parts ({@link #RESERVED}), and not starting with {@code task-},
 *       the prefix of every task's reply address — otherwise an employee could receive replies meant for a
 *       task, or mail meant for the postmaster.</li>
 * </ul>
 * A login is unique in the whole installation, across all accounts; that part needs the database and is
 * checked by the form that creates employees.
 */
public final class LoginPolicy {

    public static final Set<String> RESERVED = Set.of("inbox", "postmaster", "abuse", "mailer-daemon", "noreply",
            "no-reply");
    public static final String TASK_PREFIX = "task-";
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9._-]*");

    private LoginPolicy() {
    }

    /** The message to show next to the login field, or {@code null} when the login has an acceptable form. */
    public static String problem(String login) {
        if (login == null || login.isBlank()) {
            return "Choose a login.";
        }
        if (login.length() < 2 || login.length() > 64) {
            return "Use 2 to 64 characters.";
        }
        if (!SHAPE.matcher(login).matches()) {
            return "Use lower-case letters, digits, dots, dashes and underscores, starting with a letter.";
        }
        if (login.contains("..") || login.endsWith(".")) {
            return "A login cannot end with a dot or have two dots in a row.";
        }
        if (RESERVED.contains(login) || login.startsWith(TASK_PREFIX)) {
            return "This login is reserved for the system's own addresses. Choose another.";
        }
        return null;
    }
}
