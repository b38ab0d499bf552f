package app.taskmail.account;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Email me when I am notified" on My profile, with the address to mail. Rules: switched on, an address is
 * required; any address typed must be one line, a plain address ({@link Text#isEmailAddress}), not an
 * address of the internal domain (mail to it would only come back into Taskmail) and not already the
 * notification address of a colleague who has it switched on (a reply from it would belong to two people).
 * Switched off, a valid address is kept for next time.
 */
public record NotificationEmailForm(@RestForm boolean notifyByEmail, @RestForm String notificationEmail) {

    static NotificationEmailForm of(Employee employee) {
        return new NotificationEmailForm(employee.notifyByEmail, employee.notificationEmail);
    }

    /** The address as it is stored: trimmed, lower-cased; null when none was typed. */
    String address() {
        String address = Text.clean(notificationEmail);
        return address == null ? null : address.toLowerCase(Locale.ROOT);
    }

    FormErrors validate(Employee employee, String internalDomain) {
        FormErrors errors = FormErrors.none();
        String address = address();
        if (address == null) {
            if (notifyByEmail) {
                errors.add("notificationEmail", "Type the address to send your notifications to.");
            }
            return errors;
        }
        if (Text.hasControlCharacters(address)) {
            errors.add("notificationEmail", "The address must be a single line.");
        } else if (!Text.isEmailAddress(address)) {
            errors.add("notificationEmail", "This is not an email address. Type one like name@example.com.");
        } else if (isInternal(address, internalDomain)) {
            errors.add("notificationEmail", "This is a Taskmail address: mail to it would only come back here."
                    + " Use the address of your own inbox.");
        } else if (notifyByEmail && takenByColleague(employee, address)) {
            errors.add("notificationEmail", "A colleague already gets notifications at this address. Use your own.");
        }
        return errors;
    }

    private static boolean isInternal(String address, String internalDomain) {
        String domain = address.substring(address.lastIndexOf('@') + 1);
        String own = internalDomain.toLowerCase(Locale.ROOT);
        return domain.equals(own) || domain.endsWith("." + own);
    }

    private static boolean takenByColleague(Employee employee, String address) {
        return Employee.findByNotificationEmail(employee.account, address)
                .filter(other -> !other.id.equals(employee.id)).isPresent();
    }
}
