package app.taskmail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void endpointIsOffWithoutAConfiguredToken() {
        assertEquals(BearerToken.Check.DISABLED, BearerToken.check(Optional.empty(), "Bearer anything"));
        assertEquals(BearerToken.Check.DISABLED, BearerToken.check(Optional.of("  "), "Bearer   "));
    }

    @Test
    void onlyTheExactBearerTokenIsAccepted() {
        Optional<String> token = Optional.of("s3cret-token");
        assertEquals(BearerToken.Check.ACCEPTED, BearerToken.check(token, "Bearer s3cret-token"));
        assertEquals(BearerToken.Check.ACCEPTED, BearerToken.check(token, "bearer s3cret-token"));
        assertEquals(BearerToken.Check.WRONG, BearerToken.check(token, "Bearer s3cret-toke"));
        assertEquals(BearerToken.Check.WRONG, BearerToken.check(token, "Bearer "));
        assertEquals(BearerToken.Check.MISSING, BearerToken.check(token, "Basic s3cret-token"));
        assertEquals(BearerToken.Check.MISSING, BearerToken.check(token, null));
    }
}
