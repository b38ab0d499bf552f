package app.taskmail.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stops mail loops and junk before anything is looked up (PRODUCT §6). A message is ignored when it
 * <ul>
 * <li>says it was sent automatically: {@code Auto-Submitted} with any value but {@code no}, or
 * {@code X-Autoreply}/{@code X-Autorespond};</li>
 * <li>is bulk or list mail: {@code Precedence: bulk, junk or list}, or has a {@code List-Id};</li>
 * <li>is a delivery or read report ({@code multipart/report});</li>
 * <li>has a Message-ID that Taskmail generated (its domain is the internal domain or below it);</li>
 * <li>comes from one of Taskmail's own internal addresses.</li>
 * </ul>
 * Messages whose Message-ID is in the outbox of any account are also Taskmail's own; that needs the
 * database and is checked by {@link MessageIntake}. Pure code.
 */
public final class LoopGuard {

    private static final Set<String> BULK = Set.of("bulk", "junk", "list");

    private LoopGuard() {
    }

    public static Optional<IgnoreReason> check(MailHeaders headers, String internalDomain) {
        if (headers.autoSubmitted() != null && !token(headers.autoSubmitted()).equals("no")
                || headers.autoReply() != null) {
            return Optional.of(IgnoreReason.AUTO_REPLY);
        }
        if (headers.precedence() != null && BULK.contains(token(headers.precedence()))) {
            return Optional.of(IgnoreReason.BULK);
        }
        if (headers.listId() != null) {
            return Optional.of(IgnoreReason.MAILING_LIST);
        }
        if (headers.report()) {
            return Optional.of(IgnoreReason.DELIVERY_REPORT);
        }
        if (headers.messageId() != null && isOwnMessageId(headers.messageId(), internalDomain)) {
            return Optional.of(IgnoreReason.OWN_MESSAGE);
        }
        if (headers.from() != null && headers.from().isInternal(internalDomain)) {
            return Optional.of(IgnoreReason.OWN_SENDER);
        }
        return Optional.empty();
    }

    /** {@code <…@<slug>.<internal-domain>>}: the shape of every Message-ID Taskmail generates. */
    static boolean isOwnMessageId(String messageId, String internalDomain) {
        String id = messageId.toLowerCase(Locale.ROOT);
        String domain = internalDomain.toLowerCase(Locale.ROOT);
        return id.endsWith("." + domain + ">") || id.endsWith("@" + domain + ">");
    }

    /** The value before any parameters or comments, lower-cased: "auto-replied; owner=…" → "auto-replied". */
    private static String token(String value) {
        String head = value.split("[;(]", 2)[0];
        return head.strip().toLowerCase(Locale.ROOT);
    }
}
