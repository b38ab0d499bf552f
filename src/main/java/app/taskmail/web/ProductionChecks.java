package app.taskmail.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a production instance with settings that would silently break it: without a fixed
 * session key every restart logs everybody out and several instances cannot share sessions.
 */
@ApplicationScoped
public class ProductionChecks {

    @ConfigProperty(name = "taskmail.session-key")
    Optional<String> sessionKey;

    void onStart(@Observes StartupEvent event) {
        if (LaunchMode.current() == LaunchMode.NORMAL && sessionKey.map(String::strip).orElse("").length() < 16) {
            throw new IllegalStateException("No session key: set TASKMAIL_SESSION_KEY to at least 16 random"
                    + " characters (for example the output of `openssl rand -base64 32`), the same on every instance.");
        }
    }
}
