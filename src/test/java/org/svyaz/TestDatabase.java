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

    static String postgresUrl() {
        return System.getProperty("svyaz.test.postgres.url", DEFAULT_POSTGRES_URL);
    }

    static String postgresUser() {
        return System.getProperty("svyaz.test.postgres.user", "postgres");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        if (onPostgres()) {
            createPostgresDatabaseIfMissing();
            properties.put("spring.datasource.url", postgresUrl());
            properties.put("spring.datasource.username", postgresUser());
            properties.put("spring.datasource.password", System.getProperty("svyaz.test.postgres.password", ""));
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
        try (Connection ignored = DriverManager.getConnection(serverUrl(), postgresUser(), "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void createPostgresDatabaseIfMissing() {
        String url = postgresUrl();
        String name = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection connection = DriverManager.getConnection(serverUrl(), postgresUser(), "");
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
