package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import org.svyaz.shell.SearchKeys;

/**
 * Migration 9: derives the search keys (V8) of the contacts and custom field values a database
 * already has, with the same Java code that derives them on every write, which neither
 * database's SQL could reproduce alike.
 */
@Component
class SearchKeysBackfill implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9");
    }

    @Override
    public String getDescription() {
        return "lookups search keys";
    }

    @Override
    public Integer getChecksum() {
        return 9;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        backfillContacts(connection);
        backfillCustomValues(connection);
    }

    private static void backfillContacts(Connection connection) throws SQLException {
        String update = "update contact set company_search = ?, first_name_search = ?, last_name_search = ?, city_search = ?, "
                + "email_search = ?, phone_search = ?, mobile_search = ?, fax_search = ?, home_phone_search = ? where id = ?";
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery(
                     "select id, company, first_name, last_name, city, email, phone, mobile, fax, home_phone from contact");
             PreparedStatement write = connection.prepareStatement(update)) {
            int pending = 0;
            while (rows.next()) {
                for (int column = 2; column <= 6; column++) {
                    write.setString(column - 1, SearchKeys.text(rows.getString(column)));
                }
                for (int column = 7; column <= 10; column++) {
                    write.setString(column - 1, SearchKeys.phone(rows.getString(column)));
                }
                write.setObject(10, rows.getObject(1));
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            write.executeBatch();
        }
    }

    private static void backfillCustomValues(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select record_id, field_id, text_value from custom_value where text_value is not null");
             PreparedStatement write = connection.prepareStatement(
                     "update custom_value set text_search = ? where record_id = ? and field_id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, SearchKeys.text(rows.getString(3)));
                write.setObject(2, rows.getObject(1));
                write.setObject(3, rows.getObject(2));
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
