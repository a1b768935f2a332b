package org.svyaz.customfields.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 90: a custom value's field key no longer cascades. Deleting a field removed its values
 * through the key, unseen by the journal; the module now clears them through the journal first
 * ({@link JooqCustomValues#deleteAllOf(org.svyaz.customfields.CustomField)}), and a deletion that
 * skipped that fails on the key instead of losing values silently. A Java migration because V4
 * left the key unnamed, and H2 and PostgreSQL name it differently.
 */
@Component
class CustomValueKeyWithoutCascade implements JavaMigration {

    private static final int VERSION = 90;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(String.valueOf(VERSION));
    }

    @Override
    public String getDescription() {
        return "customfields value key without cascade";
    }

    @Override
    public Integer getChecksum() {
        return VERSION;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String key : foreignKeysOfCustomValue(statement)) {
                statement.execute("alter table custom_value drop constraint \"" + key + "\"");
            }
            statement.execute("alter table custom_value add constraint custom_value_field foreign key (field_id) "
                    + "references custom_field (id)");
        }
    }

    private static List<String> foreignKeysOfCustomValue(Statement statement) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("select constraint_name from information_schema.table_constraints "
                + "where lower(table_name) = 'custom_value' and constraint_type = 'FOREIGN KEY' "
                // only this schema's: a database may hold other schemas with tables of the same name
                + "and table_schema = current_schema()")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }
}
