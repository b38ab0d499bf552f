package app.taskmail.mailbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts mailbox passwords at rest with AES-256-GCM.
 *
 * <p>Each value gets a fresh random 96-bit nonce; the stored blob is {@code nonce || ciphertext || tag}.
 * The associated data names the account and the mailbox, so a ciphertext copied into another mailbox's row
 * (or another account's) fails to decrypt instead of handing out the password. The key comes from
 * {@code taskmail.secret-key} (32 bytes, base64) and never touches the database; only its id
 * ({@code taskmail.secret-key-id}) is stored beside each blob, so that keys can be rotated: older keys stay
 * readable through {@code taskmail.previous-secret-keys} ({@code id:base64,id:base64}).
 *
 * <p>Plain passwords pass through here and nowhere else is a place to log them: nothing here logs.
 */
@ApplicationScoped
public class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKey> keys = new HashMap<>();

    public SecretBox(@ConfigProperty(name = "taskmail.secret-key") Optional<String> secretKey,
            @ConfigProperty(name = "taskmail.secret-key-id", defaultValue = "k1") String secretKeyId,
            @ConfigProperty(name = "taskmail.previous-secret-keys") Optional<String> previousKeys) {
        this.currentKeyId = secretKeyId;
        secretKey.filter(k -> !k.isBlank()).ifPresent(k -> keys.put(secretKeyId, parseKey("taskmail.secret-key", k)));
        previousKeys.ifPresent(list -> {
            for (String entry : list.split(",")) {
                String[] parts = entry.trim().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("taskmail.previous-secret-keys: write each key as id:base64");
                }
                keys.putIfAbsent(parts[0].trim(), parseKey("taskmail.previous-secret-keys", parts[1].trim()));
            }
        });
    }

    /** Refuses to start without a key, saying how to make one. */
    void checkOnStart(@Observes StartupEvent event) {
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("No secret key: set TASKMAIL_SECRET_KEY to 32 random bytes in base64"
                    + " (for example the output of `openssl rand -base64 32`). It encrypts mailbox passwords;"
                    + " keep it safe and the same on every instance.");
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** Encrypts a mailbox password for exactly this account and mailbox, with the current key. */
    public byte[] seal(String plaintext, long accountId, long mailboxId) {
        return seal(plaintext, mailboxContext(accountId, mailboxId));
    }

    /**
     * Decrypts a blob made by {@link #seal} for the same account and mailbox.
     *
     * @throws SecretUnreadableException when the key is unknown, the blob was altered or belongs elsewhere
     */
    public String open(byte[] blob, String keyId, long accountId, long mailboxId) {
        return open(blob, keyId, mailboxContext(accountId, mailboxId));
    }

    /**
     * Encrypts a password typed for a "Test account" and kept with that test for a short while (see
     * {@code MailboxCheck}). Bound to the account and the test, and kept apart from mailbox passwords: a
     * blob of one kind never opens as the other.
     */
    public byte[] sealTestedPassword(String plaintext, long accountId, long checkId) {
        return seal(plaintext, checkContext(accountId, checkId));
    }

    /** Decrypts a blob made by {@link #sealTestedPassword} for the same account and test. */
    public String openTestedPassword(byte[] blob, String keyId, long accountId, long checkId) {
        return open(blob, keyId, checkContext(accountId, checkId));
    }

    /**
     * A keyed fingerprint of a text (HMAC-SHA256 under a key derived from the current secret key), as 64 hex
     * digits. Unlike a plain hash it cannot be used to guess a password offline from a copy of the database.
     * Fingerprints change when the key is rotated; use them only for short-lived comparisons.
     */
    public String fingerprint(String text) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key(currentKeyId).getEncoded(), "HmacSHA256"));
            byte[] subkey = derive.doFinal("taskmail/fingerprint".getBytes(StandardCharsets.US_ASCII));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subkey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("fingerprint failed", e);
        }
    }

    private byte[] seal(String plaintext, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key(currentKeyId), nonce, context);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    private String open(byte[] blob, String keyId, String context) {
        if (blob == null || blob.length <= NONCE_BYTES) {
            throw new SecretUnreadableException("no stored password");
        }
        try {
            byte[] nonce = java.util.Arrays.copyOfRange(blob, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key(keyId), nonce, context);
            return new String(cipher.doFinal(blob, NONCE_BYTES, blob.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SecretUnreadableException("the stored password cannot be decrypted for this mailbox");
        }
    }

    private static String mailboxContext(long accountId, long mailboxId) {
        return "taskmail/mailbox-password/account=" + accountId + "/mailbox=" + mailboxId;
    }

    private static String checkContext(long accountId, long checkId) {
        return "taskmail/tested-password/account=" + accountId + "/check=" + checkId;
    }

    private SecretKey key(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new SecretUnreadableException("the key '" + keyId + "' that encrypted this password is not configured");
        }
        return key;
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKey parseKey(String setting, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not valid base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(setting + " must be 32 bytes (AES-256), base64 encoded; it has " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** A stored password that cannot be read back: wrong key, altered, or copied from another mailbox. */
    public static class SecretUnreadableException extends RuntimeException {
        public SecretUnreadableException(String message) {
            super(message);
        }
    }
}
