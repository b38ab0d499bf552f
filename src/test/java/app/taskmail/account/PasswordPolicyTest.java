package app.taskmail.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void problemShouldAskForTenCharactersWhenShorter() {
        assertEquals("Type a password.", PasswordPolicy.problem(""));
        assertEquals("Use at least 10 characters.", PasswordPolicy.problem("123456789"));
        assertNull(PasswordPolicy.problem("1234567890"));
        assertNull(PasswordPolicy.problem("  spaces count  "));
    }

    @Test
    void problemShouldRefusePasswordsThatBcryptWouldCut() {
        assertNull(PasswordPolicy.problem("a".repeat(72)));
        assertEquals("Use at most 72 characters (fewer when they include accents or symbols).",
                PasswordPolicy.problem("a".repeat(73)));
        assertEquals("Use at most 72 characters (fewer when they include accents or symbols).",
                PasswordPolicy.problem("é".repeat(37)));
    }

    @Test
    void matchesShouldAcceptOnlyThePasswordTheHashWasMadeFrom() {
        String hash = PasswordPolicy.hash("correct horse battery");
        assertTrue(PasswordPolicy.matches("correct horse battery", hash));
        assertFalse(PasswordPolicy.matches("correct horse battery ", hash));
        assertFalse(PasswordPolicy.matches(null, hash));
    }
}
