package app.taskmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"al", "alice", "a.b-c_d9", "tasker", "task", "inboxes"})
    void problemShouldBeNullWhenTheLoginIsAcceptable(String login) {
        assertNull(LoginPolicy.problem(login));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inbox", "postmaster", "abuse", "mailer-daemon", "noreply", "no-reply", "task-", "task-12-abc"})
    void problemShouldNameTheReservationWhenTheLoginIsASystemAddress(String login) {
        assertEquals("This login is reserved for the system's own addresses. Choose another.", LoginPolicy.problem(login));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alice", "9lives", "_x", ".x", "al ice", "al@ice", "élodie"})
    void problemShouldExplainTheShapeWhenCharactersAreNotAllowed(String login) {
        assertEquals("Use lower-case letters, digits, dots, dashes and underscores, starting with a letter.",
                LoginPolicy.problem(login));
    }

    @Test
    void problemShouldBeNullForTheLongestAllowedLogin() {
        assertNull(LoginPolicy.problem("x".repeat(64)));
    }

    @Test
    void problemShouldGiveTheLengthRuleWhenTooShortOrTooLong() {
        assertEquals("Use 2 to 64 characters.", LoginPolicy.problem("a"));
        assertEquals("Use 2 to 64 characters.", LoginPolicy.problem("a".repeat(65)));
        assertEquals("Choose a login.", LoginPolicy.problem(" "));
    }

    @Test
    void problemShouldRefuseDotsThatBreakAMailAddress() {
        assertEquals("A login cannot end with a dot or have two dots in a row.", LoginPolicy.problem("ann..lee"));
        assertEquals("A login cannot end with a dot or have two dots in a row.", LoginPolicy.problem("ann."));
    }
}
