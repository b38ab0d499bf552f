package app.taskmail.mailbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    final SecretBox box = new SecretBox(Optional.of(KEY), "k1", Optional.empty());

    @Test
    void openShouldReturnThePasswordWhenAccountAndMailboxMatch() {
        byte[] sealed = box.seal("s3cret pässword", 7, 42);
        assertEquals("s3cret pässword", box.open(sealed, "k1", 7, 42));
    }

    @Test
    void sealShouldNeverContainThePasswordAndDifferEachTime() {
        byte[] first = box.seal("hunter2hunter2", 1, 1);
        byte[] second = box.seal("hunter2hunter2", 1, 1);
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("hunter2"));
        assertFalse(java.util.Arrays.equals(first, second), "a fresh nonce each time");
    }

    @Test
    void openShouldFailWhenTheCiphertextBelongsToAnotherMailboxOrAccount() {
        byte[] sealed = box.seal("pw", 7, 42);
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(sealed, "k1", 7, 43));
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(sealed, "k1", 8, 42));
    }

    @Test
    void openShouldFailWhenTheBlobWasAltered() {
        byte[] sealed = box.seal("pw", 7, 42);
        sealed[sealed.length - 1] ^= 1;
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(sealed, "k1", 7, 42));
    }

    @Test
    void previousKeysShouldStayReadableAfterRotation() {
        byte[] sealedWithOld = box.seal("old-pw", 1, 2);
        SecretBox rotated = new SecretBox(Optional.of(OTHER_KEY), "k2", Optional.of("k1:" + KEY));
        assertEquals("old-pw", rotated.open(sealedWithOld, "k1", 1, 2));
        assertEquals("k2", rotated.currentKeyId());
        assertThrows(SecretBox.SecretUnreadableException.class, () -> rotated.open(sealedWithOld, "k9", 1, 2));
    }

    @Test
    void startShouldBeRefusedWithoutAKey() {
        SecretBox none = new SecretBox(Optional.empty(), "k1", Optional.empty());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> none.checkOnStart(null));
        assertEquals(true, refused.getMessage().contains("openssl rand -base64 32"));
    }

    @Test
    void aKeyOfTheWrongLengthShouldBeRefused() {
        assertThrows(IllegalStateException.class,
                () -> new SecretBox(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), "k1", Optional.empty()));
    }

    @Test
    void aTestedPasswordShouldNeverOpenAsAMailboxPasswordOrTheOtherWayRound() {
        byte[] tested = box.sealTestedPassword("typed-for-a-test", 7, 42);
        byte[] stored = box.seal("stored-password", 7, 42);
        assertEquals("typed-for-a-test", box.openTestedPassword(tested, "k1", 7, 42));
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.open(tested, "k1", 7, 42));
        assertThrows(SecretBox.SecretUnreadableException.class, () -> box.openTestedPassword(stored, "k1", 7, 42));
    }

    @Test
    void fingerprintShouldBeStableForOneKeyAndRevealNothingWithoutIt() {
        SecretBox other = new SecretBox(Optional.of(OTHER_KEY), "k1", Optional.empty());
        assertEquals(box.fingerprint("a@b.c|smtp|465"), box.fingerprint("a@b.c|smtp|465"));
        assertEquals(64, box.fingerprint("x").length());
        assertFalse(box.fingerprint("a@b.c|smtp|465").equals(box.fingerprint("a@b.c|smtp|587")));
        assertFalse(box.fingerprint("a@b.c|smtp|465").equals(other.fingerprint("a@b.c|smtp|465")));
    }
}
