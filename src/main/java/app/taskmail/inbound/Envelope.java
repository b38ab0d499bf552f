package app.taskmail.inbound;

import java.util.List;

/**
 * What the delivering server said outside the message: the envelope sender ({@code null} when unknown,
 * empty for the null sender of bounces) and the recipients. Recipients decide the account; when none are
 * given (an MTA pipe that passes none) the message's own To/Cc/Delivered-To/X-Original-To are used.
 */
public record Envelope(String sender, List<String> recipients) {
}
