package app.taskmail.inbound;

/** A file that came with a message: its name as sent, its media type and its decoded bytes. */
public record MailFile(String name, String contentType, byte[] content) {
}
