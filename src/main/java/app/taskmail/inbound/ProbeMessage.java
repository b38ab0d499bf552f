package app.taskmail.inbound;

import java.util.Map;

/**
 * The message the sending side sends for a forwarding check: from the mailbox to the same mailbox,
 * through that mailbox's own SMTP account. {@link #headers} must be sent as they are (they carry the
 * probe token and mark the message as automatic, so no auto-responder answers it).
 */
public record ProbeMessage(String from, String fromName, String to, String subject, String messageId,
        Map<String, String> headers, String text) {
}
