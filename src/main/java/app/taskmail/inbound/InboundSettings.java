package app.taskmail.inbound;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * {@code taskmail.inbound.*}: how Taskmail receives mail for its internal addresses. The listener and the
 * HTTP endpoint accept the same messages and process them the same way.
 */
@ConfigMapping(prefix = "taskmail.inbound")
public interface InboundSettings {

    /** Starts the SMTP listener with the application. */
    @WithDefault("true")
    boolean enabled();

    /** Address the listener binds to; loopback by default, so only a local MTA can reach it. */
    @WithDefault("127.0.0.1")
    String host();

    /** Port of the listener; {@code 0} picks a free port (tests), see {@link InboundListener#port()}. */
    @WithDefault("2525")
    int port();

    /** Largest message accepted, by SMTP (SIZE and while reading DATA: 552) and by HTTP (413). */
    @WithDefault("25M")
    MemorySize maxSize();

    /** Largest single attachment kept with a comment; a larger one is named in the comment instead. */
    @WithDefault("20M")
    MemorySize maxAttachmentSize();

    /** PKCS12 keystore with the listener's certificate; when set, STARTTLS is offered. */
    Optional<String> keystore();

    Optional<String> keystorePassword();

    /**
     * Bearer token of {@code POST /inbound/raw}; without one the endpoint answers 404. Compared in
     * constant time; treat it like a password.
     */
    Optional<String> token();
}
