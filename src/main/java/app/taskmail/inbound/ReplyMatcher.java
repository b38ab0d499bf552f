package app.taskmail.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the task a received message belongs to, within one account. The order, first hit wins:
 * <ol>
 * <li><b>Reply address</b> {@code task-<id>-<token>@<slug>.<domain>}: among the envelope recipients,
 * then among the message's own To/Cc (a forwarding rule keeps them). The slug must be this account's,
 * the task must be in this account, and the token must be the task's (compared in constant time). A
 * reply address on the envelope that fails this check refuses the whole message
 * ({@link IgnoreReason#WRONG_REPLY_ADDRESS}): it was guessed or belongs to another account. One in the
 * headers that fails is only skipped.</li>
 * <li><b>Threading</b>: In-Reply-To, then References from the newest, naming a Message-ID that this
 * account sent (its outbox).</li>
 * <li><b>Subject tag</b> {@code [<project> #<id>]}: the task must be in this account and project, and
 * the sender must already be an external contact of that task. A tag alone is easy to write, hence
 * last, and never enough for a stranger.</li>
 * </ol>
 * No hit is {@link Match#none()}; the caller then decides whether the message opens a new task.
 * Pure: everything it needs to know about the account comes through {@link TaskLookup}.
 */
public final class ReplyMatcher {

    private static final Pattern SUBJECT_TAG = Pattern.compile("\\[([^\\[\\]]{1,100}) #(\\d{1,18})\\]");

    /** What the matcher may ask about the tasks of the one account being matched. */
    public interface TaskLookup {
        /** The task with this id, if it is in the account. */
        Optional<TaskRef> task(long id);

        /** For each of these Message-IDs that the account sent, the task it was about. */
        Map<String, Long> tasksOfSentMessages(Collection<String> messageIds);

        /** Whether this address is an external contact taking part in the task. */
        boolean contactTakesPart(long taskId, String email);
    }

    /** The little the matcher needs of a task. */
    public record TaskRef(long id, String replyToken, String projectName) {
    }

    /**
     * @param slug      the account's slug
     * @param envelope  the recipients given by the sending server (or the MTA pipe)
     * @param headerTo  the addresses in the message's own To/Cc/Delivered-To headers
     * @param threadIds In-Reply-To, then References newest first
     * @param sender    the sender's address, lower-cased; may be {@code null}
     */
    public record Request(String slug, List<InternalAddress> envelope, List<InternalAddress> headerTo,
            List<String> threadIds, String subject, String sender) {
    }

    public enum Rule {
        REPLY_ADDRESS, THREAD, SUBJECT_TAG, NONE, REFUSED
    }

    /** The outcome: a task and the rule that found it, none, or refused. */
    public record Match(Rule rule, Long taskId) {
        static Match none() {
            return new Match(Rule.NONE, null);
        }

        public boolean found() {
            return taskId != null;
        }
    }

    private ReplyMatcher() {
    }

    public static Match match(Request request, TaskLookup lookup) {
        for (InternalAddress address : request.envelope()) {
            if (address.kind() == InternalAddress.Kind.REPLY) {
                Optional<Long> task = byReplyAddress(request.slug(), address, lookup);
                return task.map(id -> new Match(Rule.REPLY_ADDRESS, id)).orElse(new Match(Rule.REFUSED, null));
            }
        }
        for (InternalAddress address : request.headerTo()) {
            if (address.kind() == InternalAddress.Kind.REPLY) {
                Optional<Long> task = byReplyAddress(request.slug(), address, lookup);
                if (task.isPresent()) {
                    return new Match(Rule.REPLY_ADDRESS, task.get());
                }
            }
        }
        Optional<Long> threaded = byThread(request.threadIds(), lookup);
        if (threaded.isPresent()) {
            return new Match(Rule.THREAD, threaded.get());
        }
        return bySubjectTag(request, lookup).map(id -> new Match(Rule.SUBJECT_TAG, id)).orElse(Match.none());
    }

    private static Optional<Long> byReplyAddress(String slug, InternalAddress address, TaskLookup lookup) {
        if (!address.slug().equals(slug)) {
            return Optional.empty();
        }
        long taskId = address.taskId().orElseThrow();
        String token = address.token().orElseThrow();
        return lookup.task(taskId).filter(task -> sameToken(task.replyToken(), token)).map(TaskRef::id);
    }

    private static Optional<Long> byThread(List<String> threadIds, TaskLookup lookup) {
        if (threadIds.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> sent = lookup.tasksOfSentMessages(threadIds);
        return threadIds.stream().filter(sent::containsKey).findFirst().map(sent::get);
    }

    private static Optional<Long> bySubjectTag(Request request, TaskLookup lookup) {
        if (request.subject() == null || request.sender() == null) {
            return Optional.empty();
        }
        List<Long> accepted = new ArrayList<>();
        Matcher tag = SUBJECT_TAG.matcher(request.subject());
        while (tag.find() && accepted.isEmpty()) {
            String project = tag.group(1).strip();
            lookup.task(Long.parseLong(tag.group(2)))
                    .filter(task -> task.projectName().equalsIgnoreCase(project))
                    .filter(task -> lookup.contactTakesPart(task.id(), request.sender()))
                    .ifPresent(task -> accepted.add(task.id()));
        }
        return accepted.stream().findFirst();
    }

    /** Constant-time for tokens of equal length, so that response times do not reveal a token. */
    static boolean sameToken(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
