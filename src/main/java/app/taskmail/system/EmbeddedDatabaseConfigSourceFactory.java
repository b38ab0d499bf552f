package app.taskmail.system;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the embedded PostgreSQL when no datasource URL is configured.
 *
 * <p>Precedence: a {@code quarkus.datasource.jdbc.url} from any source (environment variable
 * {@code QUARKUS_DATASOURCE_JDBC_URL}, system property, {@code application.properties}) always wins;
 * only when there is none, and {@code taskmail.embedded-postgres.enabled} is not {@code false}, is the
 * embedded server started, with its data in {@code taskmail.embedded-postgres.data-dir}. The server is
 * started on the first read of the URL by the running application; building it never starts one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (hasValue(context.getValue(EmbeddedDatabase.URL_PROPERTY))
                || "false".equalsIgnoreCase(valueOf(context.getValue("taskmail.embedded-postgres.enabled")))) {
            return List.of();
        }
        return List.of(new LazySource(valueOf(context.getValue("taskmail.embedded-postgres.data-dir"))));
    }

    private static boolean hasValue(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }

    /** Starts the server when the datasource settings are first read. */
    private static final class LazySource implements ConfigSource {
        private static final Set<String> NAMES = Set.of(EmbeddedDatabase.URL_PROPERTY,
                "quarkus.datasource.username", "quarkus.datasource.password");
        private final String dataDirectory;

        LazySource(String dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        @Override
        public Set<String> getPropertyNames() {
            return NAMES;
        }

        @Override
        public String getValue(String name) {
            if (!NAMES.contains(name) || ExecutionMode.current() == ExecutionMode.UNSET) {
                return null; // being built, not run: no server needed
            }
            String url = EmbeddedDatabase.start(dataDirectory);
            return Map.of(EmbeddedDatabase.URL_PROPERTY, url,
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres").get(name);
        }

        @Override
        public int getOrdinal() {
            return 150;
        }

        @Override
        public String getName() {
            return "taskmail-embedded-postgres";
        }
    }
}
