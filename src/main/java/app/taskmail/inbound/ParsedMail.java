package app.taskmail.inbound;

import java.util.List;

/**
 * One message as Taskmail reads it.
 *
 * @param text     the readable text: text/plain parts, or HTML turned into text; quotes are still in
 * @param files    attachments small enough to keep
 * @param notes    one line per file that was not kept, to be shown with the comment
 * @param original the message a manual "Fwd:" wraps as message/rfc822, or {@code null}
 * @param damaged  the MIME structure could not be read; {@link #text} is the raw body
 * @param rawHash  {@code sha256:<hex>} of the bytes, the identity of a message without Message-ID
 */
public record ParsedMail(
        MailHeaders headers,
        String text,
        List<MailFile> files,
        List<String> notes,
        ParsedMail original,
        boolean damaged,
        String rawHash) {

    /** The message to act on: the wrapped original of a manual forward, else this one. */
    public ParsedMail effective() {
        return original != null ? original : this;
    }

    /** The Message-ID, or the hash of the bytes: two deliveries of one message have the same key. */
    public String key() {
        return headers.messageId() != null ? headers.messageId() : rawHash;
    }
}
