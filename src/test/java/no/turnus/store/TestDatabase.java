package no.turnus.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh, empty database for one test class, migrated by the service's Flyway scripts: an H2 file, or a new
 * PostgreSQL database on 127.0.0.1:5432 (user postgres) that is dropped afterwards, so that test runs in
 * parallel worktrees never share one. Without a reachable PostgreSQL the tests are skipped, except in CI
 * ({@code CI=true}) where they fail.
 */
public record TestDatabase(String url, String user, String password, Runnable dropper) implements AutoCloseable {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    public static TestDatabase h2(Path directory) {
        // Durable as the service makes it: with H2's default write delay, a test class run on its own (-Dtest=) saw
        // only part of the migration it had just run (V1-V3) from its next connection.
        return new TestDatabase(H2Durability.durable("jdbc:h2:file:" + directory.resolve("turnus").toAbsolutePath()),
                "sa", "", () -> {
        });
    }

    public static TestDatabase postgres() {
        String name = "turnus_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable on 127.0.0.1:5432 as user postgres (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + "; in CI the PostgreSQL tests must run");
            }
            Assumptions.abort(message + ": skipping the PostgreSQL tests locally");
        }
        return new TestDatabase(POSTGRES + name, "postgres", "", () -> {
            try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                    Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop " + name, e);
            }
        });
    }

    public TestDatabase migrate() {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        return this;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(new DriverManagerDataSource(url, user, password));
    }

    /** Command-line arguments that point a service at this database (they win over application.properties). */
    public String[] serviceArguments() {
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password};
    }

    @Override
    public void close() {
        dropper.run();
    }
}
