package app.taskmail.project;

import app.taskmail.account.Account;
import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Name and address of an external contact, as the address book pages create and edit them. The address is
 * unique per account (compared and stored normalised, see {@link Contact#normalise}); the name is a single
 * line because it goes into mail headers.
 */
public record ContactDetailsForm(@RestForm String name, @RestForm String email) {

    static ContactDetailsForm empty() {
        return new ContactDetailsForm("", "");
    }

    static ContactDetailsForm of(Contact contact) {
        return new ContactDetailsForm(contact.name, contact.email);
    }

    /** Checks both fields; {@code self} is the contact being edited (it may keep its address), or {@code null}. */
    FormErrors validate(Account account, Contact self) {
        String cleanName = Text.clean(name);
        String cleanEmail = Text.clean(email);
        FormErrors errors = FormErrors.none()
                .require("name", cleanName, "Type the contact's name.")
                .maxLength("name", cleanName, 200)
                .require("email", cleanEmail, "Type the contact's email address.");
        if (Text.hasControlCharacters(cleanName)) {
            errors.add("name", "The name must be a single line.");
        }
        if (cleanEmail != null && !Text.isEmailAddress(cleanEmail)) {
            errors.add("email", "This is not a valid email address.");
        }
        if (!errors.has("email") && Contact.findByEmail(account, cleanEmail).filter(c -> c != self).isPresent()) {
            errors.add("email", "Another contact already has this address.");
        }
        return errors;
    }

    void applyTo(Contact contact) {
        contact.name = Text.clean(name);
        contact.email = Contact.normalise(email);
    }
}
