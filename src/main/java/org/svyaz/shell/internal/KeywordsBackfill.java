package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.svyaz.shell.SearchKeys;

/**
 * Migration 56: derives the keyword text (V55) of the contacts a database already has, with the
 * code that derives it on every write. A derived key, not a field users change: not journaled.
 */
@Component
class KeywordsBackfill extends BackfillMigration {

    KeywordsBackfill() {
        super(56, "lookups keywords backfill");
    }

    @Override
    void backfill(Connection connection) throws SQLException {
        eachRow(connection, "select id, company, first_name, last_name, city, email, address1, address2, region, "
                        + "postal_code, country, phone, mobile, fax, home_phone from contact",
                "update contact set keywords_search = ? where id = ?",
                (row, update) -> {
                    List<String> texts = List.of(row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                            row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11));
                    List<String> phones = List.of(row.getString(12), row.getString(13), row.getString(14), row.getString(15));
                    update.setString(1, SearchKeys.keywords(texts, phones));
                    update.setObject(2, row.getObject(1));
                });
    }
}
