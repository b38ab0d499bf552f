package app.taskmail.project;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Adds an external contact to a task: either one the account already knows ({@code contactId}) or a new
 * one typed by name and address.
 */
public record ContactForm(@RestForm String contactId, @RestForm String name, @RestForm String email) {

    static ContactForm empty() {
        return new ContactForm("", "", "");
    }

    boolean picksExisting() {
        return contactId != null && !contactId.isBlank();
    }

    FormErrors validate() {
        FormErrors errors = FormErrors.none();
        if (picksExisting()) {
            return errors;
        }
        String cleanName = Text.clean(name);
        String cleanEmail = Text.clean(email);
        errors.require("email", cleanEmail, "Type the contact's email address, or pick a known contact.");
        if (cleanEmail != null && !Text.isEmailAddress(cleanEmail)) {
            errors.add("email", "This is not a valid email address.");
        }
        if (Text.hasControlCharacters(cleanName)) {
            errors.add("name", "The name must be a single line.");
        }
        return errors.maxLength("name", cleanName, 200);
    }
}
