package app.taskmail.sending;

/** What a failed delivery attempt means for the message and for its mailbox. */
public enum FailureKind {
    /**
     * Worth trying again later: connection refused or dropped, timeout, a 4xx reply, an answer that could not
     * be read, a TLS hiccup. The message is retried with exponential backoff until its lifetime ends.
     */
    TEMPORARY,
    /** The recipient's side refused the message for good (a 5xx reply about the recipient or the content). */
    PERMANENT,
    /**
     * The mailbox itself is the problem: login rejected, certificate not trusted, sender address refused,
     * settings the server does not support. Retrying would only hammer the server, so the mailbox is marked
     * as needing attention and its messages wait until it is fixed.
     */
    MAILBOX_PROBLEM
}
