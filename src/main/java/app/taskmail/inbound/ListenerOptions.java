package app.taskmail.inbound;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How an SMTP listener is opened; see {@link InboundSettings} for the meaning of each value.
 *
 * @param keystore PKCS12 keystore with the certificate for STARTTLS; empty for no STARTTLS
 */
public record ListenerOptions(String host, int port, long maxSize, Optional<Path> keystore, char[] keystorePassword) {

    static ListenerOptions of(InboundSettings settings) {
        return new ListenerOptions(settings.host(), settings.port(), settings.maxSize().asLongValue(),
                settings.keystore().map(Path::of), settings.keystorePassword().orElse("").toCharArray());
    }
}
