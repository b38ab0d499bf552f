package app.taskmail.sending;

/**
 * Fired inside the transaction that queued (or re-queued) messages; the dispatcher observes it after a
 * successful commit and wakes up, so mail goes out right away instead of at the next poll.
 */
public record OutboxChanged() {
}
