package app.taskmail.inbound;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * {@code POST /inbound/raw}: one RFC 5322 message as the body ({@code message/rfc822} or
 * {@code application/octet-stream}), for an MTA that pipes mail to Taskmail over HTTP. Processed exactly
 * like mail to the SMTP listener ({@link InboundMail}); the answer is plain text, one line per account.
 * Envelope data may come as query parameters: {@code to} (repeatable) and {@code from}; without {@code to}
 * the message's own recipient headers are used.
 *
 * <p>Security: the route authenticates itself with {@code Authorization: Bearer <taskmail.inbound.token>}
 * (401 without or with a wrong token; 404 when no token is configured). It is a plain Vert.x route, not a
 * REST resource, because it is no form: the CSRF filter of the pages does not apply to it, and the
 * login redirect is lifted for its path in {@code application.properties}.
 *
 * <p>Answers: 200 handled (including "ignored: why"), 400 unreadable, 413 too large, 415 other content
 * types, 503 when saving failed (the MTA should retry).
 */
@ApplicationScoped
public class RawMessages {

    public static final String PATH = "/inbound/raw";
    private static final Logger LOG = Logger.getLogger(RawMessages.class);
    private static final List<String> TYPES = List.of("message/rfc822", "application/octet-stream");

    @Inject
    InboundSettings settings;

    @Inject
    InboundMail inbound;

    void register(@Observes Router router) {
        // Two routes: the token is checked before a single byte of the body is buffered.
        router.post(PATH).order(-10).handler(this::authenticate);
        router.post(PATH).order(-9).handler(BodyHandler.create(false).setBodyLimit(settings.maxSize().asLongValue()))
                .blockingHandler(this::receive, false);
    }

    private void authenticate(RoutingContext context) {
        switch (BearerToken.check(settings.token(), context.request().getHeader(HttpHeaders.AUTHORIZATION))) {
            case DISABLED -> answer(context, 404, "The raw-message endpoint is off: no taskmail.inbound.token is set.");
            case MISSING, WRONG -> {
                context.response().putHeader("WWW-Authenticate", "Bearer");
                answer(context, 401, "A valid bearer token is required.");
            }
            case ACCEPTED -> acceptType(context);
        }
    }

    private void acceptType(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(base)) {
            answer(context, 415, "Send the message as message/rfc822 or application/octet-stream.");
        } else {
            context.next();
        }
    }

    private void receive(RoutingContext context) {
        byte[] raw = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        Envelope envelope = new Envelope(context.queryParam("from").stream().findFirst().orElse(null),
                List.copyOf(context.queryParam("to")));
        try {
            List<Outcome> outcomes = inbound.receive(envelope, raw);
            answer(context, 200, outcomes.stream().map(Outcome::describe).collect(Collectors.joining("\n")));
        } catch (UnreadableMailException e) {
            answer(context, e.reason() == UnreadableMailException.Reason.TOO_LARGE ? 413 : 400, e.reason().text());
        } catch (RuntimeException e) {
            LOG.error("Inbound message from the HTTP endpoint could not be saved", e);
            answer(context, 503, "The message could not be saved. Nothing was kept; try again later.");
        }
    }

    private static void answer(RoutingContext context, int status, String text) {
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                .end(text + "\n");
    }
}
