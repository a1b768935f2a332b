package org.svyaz.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * V95 and V96 on a database that holds records from before them: references by code become
 * references by id, in the tables and in the journal, so that replaying the journal gives the rows.
 * Runs on H2 and, in the PostgreSQL run, on a database of its own beside the test database.
 */
@Tag("database")
class NamesToIdsMigrationTests {

    private static final String PROSPECT = "01890000-0000-7000-8000-000000000001";
    private static final String CUSTOMER = "01890000-0000-7000-8000-000000000002";
    private static final String MEETING = "01890000-0000-7000-8000-0000000000a2";
    private static final String CONTACT = "01890000-0000-7000-8000-0000000c0001";
    private static final String ACTIVITY = "01890000-0000-7000-8000-0000000a0001";
    private static final String SERIES = "01890000-0000-7000-8000-0000000b0001";
    private static final String STEP = "01890000-0000-7000-8000-0000000b0002";
    private static final String FIELD = "01890000-0000-7000-8000-0000000f0001";
    private static final String USER = "01890000-0000-7000-8000-0000000d0001";

    @Test
    void turnsCodesAndNamesIntoIdsInTheTablesAndTheJournal() throws SQLException {
        String url = freshDatabase();
        try {
            migrateRecordsOfBefore(url);
        } finally {
            dropDatabase(url);
        }
    }

    private void migrateRecordsOfBefore(String url) throws SQLException {
        migrate(url, "94");
        try (Connection connection = connect(url); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into contact (id, company, status, record_manager_id, created_at, updated_at, version) values ('"
                    + CONTACT + "', 'Vector', 'customer', '" + USER + "', current_timestamp, current_timestamp, 2)");
            sql.executeUpdate("insert into activity (id, type_code, activity_date, duration_minutes, starts_at, ends_at, owner_id, "
                    + "scheduled_by, priority, created_at, updated_at, version, time_zone) values ('" + ACTIVITY + "', 'MEETING', "
                    + "date '2026-12-07', 30, timestamp '2026-12-07 10:00:00', timestamp '2026-12-07 10:30:00', '" + USER + "', '"
                    + USER + "', 'MEDIUM', current_timestamp, current_timestamp, 1, 'UTC')");
            sql.executeUpdate("insert into series (id, name, name_search, created_at, updated_at, version) values ('" + SERIES
                    + "', 'Onboarding', 'onboarding', current_timestamp, current_timestamp, 1)");
            sql.executeUpdate("insert into series_step (id, series_id, position, type_code, duration_minutes, priority, regarding, "
                    + "offset_amount, offset_unit, weekend_rule, version) values ('" + STEP + "', '" + SERIES + "', 0, 'MEETING', 30, "
                    + "'LOW', 'Meet', 0, 'DAYS', 'NONE', 1)");
            sql.executeUpdate("insert into custom_field (id, entity, field_name, label, field_type, position, created_at, updated_at, "
                    + "version) values ('" + FIELD + "', 'contact', 'contractCode', 'Contract code', 'TEXT', 1, current_timestamp, "
                    + "current_timestamp, 1)");
            journal(sql, 1, "contact", CONTACT, "*", "{\"company\":\"Vector\",\"status\":\"prospect\",\"access\":\"PUBLIC\"}", "CREATE");
            journal(sql, 2, "contact", CONTACT, "status", "\"customer\"", "SET");
            journal(sql, 3, "contact", CONTACT, "customFields.contractCode", "\"K-17\"", "SET");
            journal(sql, 4, "contact", CONTACT, "customFields.removedLongAgo", "\"x\"", "SET");
            journal(sql, 5, "activity", ACTIVITY, "*", "{\"typeCode\":\"MEETING\",\"regarding\":\"\\\"status\\\":\\\"prospect\\\"\"}", "CREATE");
            journal(sql, 6, "seriesStep", STEP, "*", "{\"typeCode\":\"MEETING\",\"position\":0}", "CREATE");
        }

        migrate(url, null);

        try (Connection connection = connect(url); Statement sql = connection.createStatement()) {
            assertThat(single(sql, "select status from contact")).isEqualTo(CUSTOMER);
            assertThat(single(sql, "select type_id from activity")).isEqualTo(MEETING);
            assertThat(single(sql, "select type_id from series_step")).isEqualTo(MEETING);
            assertThat(rows(sql, "select field, field_value from journal_entry order by seq")).containsExactly(
                    "* {\"company\":\"Vector\",\"status\":\"" + PROSPECT + "\",\"access\":\"PUBLIC\"}",
                    "status \"" + CUSTOMER + "\"",
                    "customFields." + FIELD + " \"K-17\"",
                    "customFields.removedLongAgo \"x\"",
                    "* {\"typeId\":\"" + MEETING + "\",\"regarding\":\"\\\"status\\\":\\\"prospect\\\"\"}",
                    "* {\"typeId\":\"" + MEETING + "\",\"position\":0}");
        }
    }

    private static void dropDatabase(String url) throws SQLException {
        if (onPostgres()) {
            String name = url.substring(url.lastIndexOf('/') + 1);
            try (Connection connection = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres", user(), password());
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists \"" + name + "\" with (force)");
            }
        }
    }

    private static void journal(Statement sql, long seq, String entity, String recordId, String field, String value, String op)
            throws SQLException {
        sql.executeUpdate("insert into journal_entry (seq, origin_db, origin_seq, hlc, entity, record_id, field, field_value, op) values ("
                + seq + ", '" + UUID.randomUUID() + "', " + seq + ", " + seq + ", '" + entity + "', '" + recordId + "', '" + field + "', '"
                + value.replace("'", "''") + "', '" + op + "')");
    }

    private static String single(Statement sql, String select) throws SQLException {
        List<String> found = rows(sql, select);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<String> rows(Statement sql, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(select)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(String.valueOf(result.getObject(column)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }

    private static void migrate(String url, String target) {
        var configuration = Flyway.configure().dataSource(url, user(), password())
                .locations("classpath:db/migration/common", "classpath:db/migration/" + (onPostgres() ? "postgresql" : "h2"))
                .javaMigrations(new SearchKeysBackfill(), new KeywordsBackfill(), new ActivityZonesBackfill(ZoneId.of("UTC")),
                        new JournalNamesToIds());
        if (target != null) {
            // "94?": up to the last version before V95, whichever that is
            configuration.target(target + "?");
        }
        configuration.load().migrate();
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, user(), password());
    }

    /** An empty database: in memory on H2, one named after the test database on PostgreSQL. */
    private static String freshDatabase() throws SQLException {
        if (!onPostgres()) {
            return "jdbc:h2:mem:names-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        }
        String testUrl = System.getProperty("svyaz.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/svyaz_test");
        String server = testUrl.substring(0, testUrl.lastIndexOf('/') + 1);
        String name = testUrl.substring(testUrl.lastIndexOf('/') + 1).split("\\?")[0] + "_names_migration";
        try (Connection connection = DriverManager.getConnection(server + "postgres", user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + name + "\" with (force)");
            statement.execute("create database \"" + name + "\"");
        }
        return server + name;
    }

    private static boolean onPostgres() {
        return "postgres".equals(System.getProperty("svyaz.test.database", "h2"));
    }

    private static String user() {
        return onPostgres() ? System.getProperty("svyaz.test.postgres.user", "postgres") : "sa";
    }

    private static String password() {
        String fromEnvironment = System.getenv("SVYAZ_TEST_POSTGRES_PASSWORD");
        if (onPostgres() && fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        return onPostgres() ? System.getProperty("svyaz.test.postgres.password", "") : "";
    }
}
