package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.taskmail.inbound.ReplyMatcher.Match;
import app.taskmail.inbound.ReplyMatcher.Request;
import app.taskmail.inbound.ReplyMatcher.Rule;
import app.taskmail.inbound.ReplyMatcher.TaskRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The matcher's order, over an account with two tasks held in memory. */
class ReplyMatcherTest {

    private static final String DOMAIN = "taskmail.local";
    private static final String TOKEN_1 = "abcdefghijklmnopqrstuvwx";
    private static final String TOKEN_2 = "zyxwvutsrqponmlkjihgfedc";

    /** Task 1 and 2 in project "Website"; Nina takes part in task 2 only; message <m1@acme> was about task 1. */
    private static final ReplyMatcher.TaskLookup ACME = new ReplyMatcher.TaskLookup() {
        @Override
        public Optional<TaskRef> task(long id) {
            return Optional.ofNullable(Map.of(1L, new TaskRef(1, TOKEN_1, "Website"), 2L, new TaskRef(2, TOKEN_2, "Website")).get(id));
        }

        @Override
        public Map<String, Long> tasksOfSentMessages(Collection<String> ids) {
            return ids.stream().filter(Set.of("<m1@acme.taskmail.local>", "<m2@acme.taskmail.local>")::contains)
                    .collect(Collectors.toMap(id -> id, id -> id.startsWith("<m1") ? 1L : 2L));
        }

        @Override
        public boolean contactTakesPart(long taskId, String email) {
            return taskId == 2 && email.equals("nina@client.example");
        }
    };

    @Test
    void replyAddressWinsOverThreadingAndSubjectTag() {
        Match match = match(List.of(address("task-1-" + TOKEN_1 + "@acme")), List.of("<m2@acme.taskmail.local>"),
                "Re: [Website #2] copy");
        assertEquals(new Match(Rule.REPLY_ADDRESS, 1L), match);
    }

    @Test
    void threadingWinsOverSubjectTag() {
        assertEquals(new Match(Rule.THREAD, 1L),
                match(List.of(address("inbox@acme")), List.of("<m1@acme.taskmail.local>"), "Re: [Website #2] copy"));
    }

    @Test
    void inReplyToWinsOverOlderReferences() {
        assertEquals(new Match(Rule.THREAD, 2L), match(List.of(address("inbox@acme")),
                List.of("<m2@acme.taskmail.local>", "<unknown@x>", "<m1@acme.taskmail.local>"), null));
    }

    @Test
    void subjectTagCountsOnlyForAParticipantAndTheRightProject() {
        assertEquals(new Match(Rule.SUBJECT_TAG, 2L), match(List.of(address("inbox@acme")), List.of(), "Re: [Website #2] copy"));
        assertEquals(Match.none(), match(List.of(address("inbox@acme")), List.of(), "Re: [Website #1] copy"));
        assertEquals(Match.none(), match(List.of(address("inbox@acme")), List.of(), "Re: [Shop #2] copy"));
    }

    @Test
    void wrongTokenOnTheEnvelopeRefusesTheMessageEvenWithOtherClues() {
        assertEquals(new Match(Rule.REFUSED, null), match(List.of(address("task-1-" + TOKEN_2 + "@acme")),
                List.of("<m1@acme.taskmail.local>"), "[Website #2]"));
        assertEquals(new Match(Rule.REFUSED, null), match(List.of(address("task-9-" + TOKEN_1 + "@acme")), List.of(), null));
    }

    @Test
    void replyAddressInTheHeadersIsUsedWhenValidAndSkippedOtherwise() {
        Request valid = new Request("acme", List.of(address("inbox@acme")), List.of(address("task-2-" + TOKEN_2 + "@acme")),
                List.of("<m1@acme.taskmail.local>"), null, "omar@client.example");
        assertEquals(new Match(Rule.REPLY_ADDRESS, 2L), ReplyMatcher.match(valid, ACME));
        Request otherAccount = new Request("acme", List.of(address("inbox@acme")), List.of(address("task-2-" + TOKEN_2 + "@globex")),
                List.of("<m1@acme.taskmail.local>"), null, "omar@client.example");
        assertEquals(new Match(Rule.THREAD, 1L), ReplyMatcher.match(otherAccount, ACME));
    }

    @Test
    void nothingMatchesAPlainNewMessage() {
        assertEquals(Match.none(), match(List.of(address("inbox@acme")), List.of("<hello@client.example>"), "Quote please"));
    }

    private static Match match(List<InternalAddress> envelope, List<String> threadIds, String subject) {
        return ReplyMatcher.match(new Request("acme", envelope, List.of(), threadIds, subject, "nina@client.example"), ACME);
    }

    private static InternalAddress address(String shortAddress) {
        return InternalAddress.parse(shortAddress + "." + DOMAIN, DOMAIN).orElseThrow();
    }
}
