package app.taskmail.account;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import org.jboss.resteasy.reactive.RestForm;

/** The name of a group, when it is created or renamed. Names are unique per account, ignoring case. */
public record GroupForm(@RestForm String name) {

    static final int MAX_NAME = 100;

    static GroupForm empty() {
        return new GroupForm("");
    }

    static GroupForm of(Group group) {
        return new GroupForm(group.name);
    }

    /** Checks the name; {@code self} is the group being renamed (it may keep its own name), or {@code null}. */
    FormErrors validate(Account account, Group self) {
        String clean = cleanName();
        FormErrors errors = FormErrors.none()
                .require("name", clean, "Give the group a name.")
                .maxLength("name", clean, MAX_NAME);
        if (Text.hasControlCharacters(clean)) {
            errors.add("name", "The name must be a single line.");
        }
        if (!errors.has("name") && Group.findByName(account, clean).filter(g -> g != self).isPresent()) {
            errors.add("name", "There is already a group with this name.");
        }
        return errors;
    }

    String cleanName() {
        return Text.clean(name);
    }
}
