package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration that derives new columns of the rows a database already has with the Java code
 * that derives them on every write (search keys and texts, which neither database's SQL could
 * reproduce alike): it reads each row once and writes the derived values back in batches.
 */
abstract class BackfillMigration implements JavaMigration {

    private static final int BATCH = 1000;

    /** Sets the parameters of the update statement from one row the select read. */
    interface RowUpdate {
        void bind(ResultSet row, PreparedStatement update) throws SQLException;
    }

    private final int version;
    private final String description;

    BackfillMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public final void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    abstract void backfill(Connection connection) throws SQLException;

    /** Runs {@code update} once for every row of {@code select}, bound by {@code bind}. */
    static void eachRow(Connection connection, String select, String update, RowUpdate bind) throws SQLException {
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery(select);
             PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                bind.bind(rows, write);
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
    }
}
