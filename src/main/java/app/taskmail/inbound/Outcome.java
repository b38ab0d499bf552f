package app.taskmail.inbound;

/**
 * What one received message did in one account.
 *
 * @param taskId the task commented on or opened; {@code null} otherwise
 * @param reason why nothing was created, for {@link Kind#IGNORED}
 */
public record Outcome(Kind kind, String slug, Long taskId, IgnoreReason reason) {

    public enum Kind {
        COMMENT_ADDED,
        TASK_OPENED,
        FORWARDING_VERIFIED,
        /** The same message (same Message-ID, or same bytes) was already handled in this account. */
        DUPLICATE,
        IGNORED
    }

    static Outcome of(Kind kind, String slug, Long taskId) {
        return new Outcome(kind, slug, taskId, null);
    }

    static Outcome ignored(String slug, IgnoreReason reason) {
        return new Outcome(Kind.IGNORED, slug, null, reason);
    }

    /** One line for the raw endpoint's answer and for the log. */
    public String describe() {
        return switch (kind) {
            case COMMENT_ADDED -> slug + ": comment added to task " + taskId;
            case TASK_OPENED -> slug + ": new task " + taskId + " opened in the inbox";
            case FORWARDING_VERIFIED -> slug + ": forwarding check arrived";
            case DUPLICATE -> slug + ": already received, nothing added";
            case IGNORED -> slug + ": ignored: " + reason.text();
        };
    }
}
