package app.taskmail.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Field-level messages of a submitted form, in the order they were found. Templates show each next to its field. */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Records the first message for a field; later ones for the same field are dropped. */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public FormErrors require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            add(field, message);
        }
        return this;
    }

    public FormErrors maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, "Use at most " + max + " characters.");
        }
        return this;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for a field, or {@code null}. */
    public String get(String field) {
        return messages.get(field);
    }

    public Map<String, String> all() {
        return messages;
    }
}
