package app.taskmail.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the whole schema on an empty database. (That Hibernate validates the schema is
 * proven by every test here: the application refuses to start when validation fails.)
 */
@QuarkusTest
class SchemaTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void flywayMigratesAnEmptyDatabase() throws Exception {
        String database = "fresh_" + System.nanoTime();
        try (Connection admin = DriverManager.getConnection(url, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + database);
        }
        String freshUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        MigrateResult result = Flyway.configure().dataSource(freshUrl, user, password)
                .locations("classpath:db/migration").load().migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 2);
        try (Connection fresh = DriverManager.getConnection(freshUrl, user, password);
                ResultSet tables = fresh.createStatement().executeQuery(
                        "select count(*) from information_schema.tables where table_schema = 'public'"
                                + " and table_name in ('account', 'employee', 'project', 'task', 'contact', 'comment', 'mailbox')")) {
            tables.next();
            assertEquals(7, tables.getInt(1));
        }
    }
}
