package app.taskmail.inbound;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer …} header of the raw-message endpoint against the configured
 * token. Both sides are hashed before the constant-time comparison, so neither the content nor the
 * length of the token can be learnt from response times.
 */
final class BearerToken {

    enum Check {
        /** No token configured: the endpoint is off. */
        DISABLED,
        MISSING,
        WRONG,
        ACCEPTED
    }

    private BearerToken() {
    }

    static Check check(Optional<String> configured, String authorization) {
        if (configured.isEmpty() || configured.get().isBlank()) {
            return Check.DISABLED;
        }
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Check.MISSING;
        }
        String given = authorization.substring(7).strip();
        return MessageDigest.isEqual(sha256(configured.get()), sha256(given)) ? Check.ACCEPTED : Check.WRONG;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
