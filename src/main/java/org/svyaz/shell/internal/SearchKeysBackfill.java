package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;
import org.svyaz.shell.SearchKeys;

/**
 * Migration 9: derives the search keys (V8) of the contacts and custom field values a database
 * already has, with the same Java code that derives them on every write.
 */
@Component
class SearchKeysBackfill extends BackfillMigration {

    SearchKeysBackfill() {
        super(9, "lookups search keys");
    }

    @Override
    void backfill(Connection connection) throws SQLException {
        eachRow(connection, "select id, company, first_name, last_name, city, email, phone, mobile, fax, home_phone from contact",
                "update contact set company_search = ?, first_name_search = ?, last_name_search = ?, city_search = ?, "
                        + "email_search = ?, phone_search = ?, mobile_search = ?, fax_search = ?, home_phone_search = ? where id = ?",
                (row, update) -> {
                    for (int column = 2; column <= 6; column++) {
                        update.setString(column - 1, SearchKeys.text(row.getString(column)));
                    }
                    for (int column = 7; column <= 10; column++) {
                        update.setString(column - 1, SearchKeys.phone(row.getString(column)));
                    }
                    update.setObject(10, row.getObject(1));
                });
        eachRow(connection, "select record_id, field_id, text_value from custom_value where text_value is not null",
                "update custom_value set text_search = ? where record_id = ? and field_id = ?",
                (row, update) -> {
                    update.setString(1, SearchKeys.text(row.getString(3)));
                    update.setObject(2, row.getObject(1));
                    update.setObject(3, row.getObject(2));
                });
    }
}
