package app.taskmail.web;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A one-time notice ("Employee created.") shown at the top of the page a successful form redirects to.
 *
 * <p>It travels in a short-lived cookie: {@link #redirect} sets it, the layout shows it
 * ({@code inject:flash.message}) and {@link FlashExpiry} clears it with the first page that is not a
 * redirect. The cookie is signed with the session key, so a cookie planted by a neighbouring site cannot put
 * text of its choosing on a Taskmail page; an unsigned or altered one is ignored.
 */
@RequestScoped
@Named("flash")
public class Flash {

    static final String COOKIE = "taskmail-flash";
    private static final int MAX_LENGTH = 300;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final String FALLBACK_KEY = randomKey();

    @Inject
    RoutingContext request;

    /** Without a configured session key (sessions then do not survive a restart either) a random one stands in. */
    @ConfigProperty(name = "taskmail.session-key")
    Optional<String> key;

    private String message;
    private boolean read;

    /** Post–redirect–get (303) with a notice for the next page. */
    public Response redirect(String path, String notice) {
        String text = notice.length() > MAX_LENGTH ? notice.substring(0, MAX_LENGTH) : notice;
        String payload = ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(payload + "." + sign(payload)).path("/").maxAge(60)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(path)).cookie(cookie).build();
    }

    /** The notice this request brought along, or {@code null}. */
    public String message() {
        if (!read) {
            message = readCookie();
            read = true;
        }
        return message;
    }

    private String readCookie() {
        Cookie cookie = request.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        String[] parts = cookie.getValue().split("\\.", -1);
        if (parts.length != 2 || !MessageDigest.isEqual(sign(parts[0]).getBytes(StandardCharsets.US_ASCII),
                parts[1].getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            String secret = "flash:" + key.filter(k -> !k.isBlank()).orElse(FALLBACK_KEY);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
