package org.svyaz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at the database the build runs the tests on: a fresh in-memory H2
 * database, or (with {@code -Dsvyaz.test.database=postgres}) the PostgreSQL test database,
 * created if missing and emptied when the context starts.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String ADMIN_PASSWORD = "admin-secret";
    private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/svyaz_test";

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("svyaz.test.database", "h2"));
    }

    public static String postgresUrl() {
        return System.getProperty("svyaz.test.postgres.url", DEFAULT_POSTGRES_URL);
    }

    public static String postgresUser() {
        return System.getProperty("svyaz.test.postgres.user", "postgres");
    }

    /**
     * The test role's password: none where PostgreSQL trusts local connections (a developer's
     * machine), the one {@code .ci/run} gave the role where it asks for one (a fresh Debian install).
     */
    public static String postgresPassword() {
        String fromEnvironment = System.getenv("SVYAZ_TEST_POSTGRES_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return System.getProperty("svyaz.test.postgres.password", "");
    }

    /**
     * A second, empty database of the kind this run tests, made by Svyaz's migrations (its SQL
     * ones and {@code javaMigrations}, the application's beans), for tests that need two databases
     * side by side: an in-memory H2 database, or a fresh schema of the PostgreSQL test database.
     */
    public static javax.sql.DataSource another(String name, java.util.List<org.flywaydb.core.api.migration.JavaMigration> javaMigrations) {
        javax.sql.DataSource dataSource;
        if (onPostgres()) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setUrl(postgresUrl() + (postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + name + ",public");
            postgres.setUser(postgresUser());
            postgres.setPassword(postgresPassword());
            dataSource = postgres;
        } else {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            dataSource = h2;
        }
        var flyway = org.flywaydb.core.Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (onPostgres() ? "postgresql" : "h2"))
                .javaMigrations(javaMigrations.toArray(org.flywaydb.core.api.migration.JavaMigration[]::new));
        if (onPostgres()) {
            flyway.schemas(name).cleanDisabled(false).load().clean();
        }
        flyway.load().migrate();
        return dataSource;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (onPostgres()) {
            createPostgresDatabaseIfMissing();
            properties.put("spring.datasource.url", postgresUrl());
            properties.put("spring.datasource.username", postgresUser());
            properties.put("spring.datasource.password", postgresPassword());
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:svyaz-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        properties.put("spring.flyway.clean-disabled", "false");
        properties.put("svyaz.admin-password", ADMIN_PASSWORD);
        properties.put("svyaz.data-dir", "target/test-data");
        properties.put("spring.main.banner-mode", "off");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("svyaz-test-database", properties));
    }

    /** Whether the PostgreSQL server answers at all, so a run without one can say so clearly. */
    static boolean postgresReachable() {
        try (Connection ignored = DriverManager.getConnection(serverUrl(), postgresUser(), postgresPassword())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A new, empty PostgreSQL database of that name on the test server (an old one of the name is
     * dropped first, whoever is still connected to it), for a test that runs Svyaz outside its own
     * context. Answers its JDBC URL.
     */
    public static String freshPostgresDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), postgresUser(), postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL database " + name + ": " + e.getMessage(), e);
        }
        return serverUrl().substring(0, serverUrl().lastIndexOf('/') + 1) + name;
    }

    private static void createPostgresDatabaseIfMissing() {
        String url = postgresUrl();
        String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection connection = DriverManager.getConnection(serverUrl(), postgresUser(), postgresPassword());
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (!found.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String serverUrl() {
        String url = postgresUrl();
        return url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    }
}
