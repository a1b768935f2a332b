package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import org.svyaz.shell.SearchKeys;

/**
 * Migration 56: derives the keyword text (V55) of the contacts a database already has, with the
 * code that derives it on every write. A derived key, not a field users change: not journaled.
 */
@Component
class KeywordsBackfill implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("56");
    }

    @Override
    public String getDescription() {
        return "lookups keywords backfill";
    }

    @Override
    public Integer getChecksum() {
        return 56;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, company, first_name, last_name, city, email, address1, address2, region, "
                     + "postal_code, country, phone, mobile, fax, home_phone from contact");
             PreparedStatement write = connection.prepareStatement("update contact set keywords_search = ? where id = ?")) {
            int pending = 0;
            while (rows.next()) {
                List<String> texts = List.of(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                        rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10), rows.getString(11));
                List<String> phones = List.of(rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15));
                write.setString(1, SearchKeys.keywords(texts, phones));
                write.setObject(2, rows.getObject(1));
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
