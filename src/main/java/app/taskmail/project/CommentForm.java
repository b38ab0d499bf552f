package app.taskmail.project;

import app.taskmail.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The comment form of the task page. */
public record CommentForm(@RestForm String body) {

    static final int MAX_LENGTH = 50_000;

    static CommentForm empty() {
        return new CommentForm("");
    }

    FormErrors validate() {
        return FormErrors.none()
                .require("body", body, "Write something before adding the comment.")
                .maxLength("body", body, MAX_LENGTH);
    }
}
