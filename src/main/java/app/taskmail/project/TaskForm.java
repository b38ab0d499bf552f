package app.taskmail.project;

import app.taskmail.web.FormErrors;
import app.taskmail.web.Text;
import org.jboss.resteasy.reactive.RestForm;

/** What the create and edit forms of a task send. */
public record TaskForm(@RestForm String title, @RestForm String description, @RestForm String status) {

    static TaskForm empty() {
        return new TaskForm("", "", TaskStatus.OPEN.name());
    }

    static TaskForm of(Task task) {
        return new TaskForm(task.title, task.description, task.status.name());
    }

    FormErrors validate() {
        String title = Text.clean(this.title);
        FormErrors errors = FormErrors.none()
                .require("title", title, "Give the task a title.")
                .maxLength("title", title, 200)
                .maxLength("description", description, 20_000);
        if (Text.hasControlCharacters(title)) {
            errors.add("title", "The title must be a single line.");
        }
        if (parsedStatus() == null) {
            errors.add("status", "Choose one of the statuses.");
        }
        return errors;
    }

    TaskStatus parsedStatus() {
        if (status == null || status.isBlank()) {
            return TaskStatus.OPEN;
        }
        try {
            return TaskStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    void applyTo(Task task) {
        task.title = Text.clean(title);
        task.description = Text.clean(description);
        task.status = parsedStatus();
    }
}
