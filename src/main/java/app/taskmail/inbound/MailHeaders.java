package app.taskmail.inbound;

import java.util.List;

/**
 * The headers of one message that decide where it goes and whether it is looked at at all.
 *
 * @param messageId   the Message-ID with angle brackets, or {@code null} when missing or unusable
 * @param threadIds   In-Reply-To first, then References newest first: the messages this one answers
 * @param from        the From address; {@code null} when missing or not an address Taskmail can use
 * @param returnPath  the envelope sender as a receiving MTA recorded it ({@code Return-Path}), if any
 * @param recipients  addresses from To, Cc, Delivered-To and X-Original-To, in that order
 * @param probeToken  the {@code X-Taskmail-Probe} header of a forwarding check, if any
 * @param report      the message is a delivery or read report ({@code multipart/report})
 */
public record MailHeaders(
        String messageId,
        List<String> threadIds,
        String subject,
        MailAddress from,
        String returnPath,
        List<String> recipients,
        String autoSubmitted,
        String precedence,
        String listId,
        String autoReply,
        String probeToken,
        boolean report) {
}
