package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the database with Flyway, and first gives a new, empty H2 database the collation
 * that sorts text as a Russian or English reader expects (H2 accepts it only before the first
 * table; PostgreSQL gets the same order from column collations in its own migration).
 */
@Component
public class EmbeddedDatabaseCollation implements FlywayMigrationStrategy {

    /** Java's Russian collator: Latin, then Cyrillic, case and ё/е told apart only to break ties. */
    private static final String COLLATION = "SET COLLATION ru";

    @Override
    public void migrate(Flyway flyway) {
        prepare(flyway.getConfiguration().getDataSource());
        flyway.migrate();
    }

    public static void prepare(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (isH2(connection) && hasNoTables(connection)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(COLLATION);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database: " + e.getMessage(), e);
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static boolean hasNoTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'public' or table_schema = 'PUBLIC'")) {
            tables.next();
            return tables.getInt(1) == 0;
        }
    }
}
