package app.taskmail.sending;

/**
 * One message exactly as it is handed to an SMTP client: taken from the outbox row, never changed between
 * attempts except by the documented plan fallback ({@link #from}).
 */
public record OutboundMail(String fromEmail, String fromName, String toEmail, String toName, String replyTo,
        String subject, String messageId, String inReplyTo, String references, String text, String html) {

    static OutboundMail of(OutgoingMessage m) {
        return new OutboundMail(m.fromEmail, m.fromName, m.recipientEmail, m.recipientName, m.replyTo, m.subject,
                m.messageId, m.inReplyTo, m.referencesHeader, m.bodyText, m.bodyHtml);
    }

    /** The same message from another sender. */
    OutboundMail from(String email, String name) {
        return new OutboundMail(email, name, toEmail, toName, replyTo, subject, messageId, inReplyTo, references, text, html);
    }

    /** {@code Name <address>} of the sender, header-safe. */
    String fromHeader() {
        return HeaderText.mailbox(fromName, fromEmail);
    }

    String toHeader() {
        return HeaderText.mailbox(toName, toEmail);
    }

    /** Envelope sender (MAIL FROM): always the From address, since many providers check only this one. */
    String envelopeSender() {
        return HeaderText.address(fromEmail);
    }

    String subjectHeader() {
        return HeaderText.singleLine(subject);
    }
}
