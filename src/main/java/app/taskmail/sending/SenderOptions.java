package app.taskmail.sending;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link SenderResolver}: every address the employee may send from for one task, in the
 * order they are offered (personal, company, internal), the default, and the reason for the default in
 * words that the comment form shows under the dropdown.
 */
public record SenderOptions(List<SenderOption> options, SenderOption defaultOption, String reason,
        boolean externalAllowed) {

    public SenderOptions {
        options = List.copyOf(options);
    }

    /** The option with this id; empty when the id is not among the options (forged, stale or garbage). */
    public Optional<SenderOption> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip();
        return options.stream().filter(o -> o.id().equals(wanted)).findFirst();
    }

    /**
     * What a submitted choice means: nothing chosen means the default (PRODUCT §3 rule 5); anything else
     * must be one of the options, else empty.
     */
    public Optional<SenderOption> choose(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            return Optional.of(defaultOption);
        }
        return find(submitted);
    }

    /** The option to pre-select for a message already going from {@code currentId}: it, if still allowed, else the default. */
    public SenderOption preselect(String currentId) {
        return find(currentId).orElse(defaultOption);
    }
}
