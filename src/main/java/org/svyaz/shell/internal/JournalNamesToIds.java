package org.svyaz.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Migration 96: the journal's values follow V95, so that replaying the journal gives the rows the
 * tables now hold. A contact's {@code status} becomes the status's id, an activity's and a series
 * step's {@code typeCode} becomes {@code typeId} with the type's id, and a custom value's field
 * {@code customFields.<name>} becomes {@code customFields.<field id>}, so that renaming a field or
 * a clash of two fields' names leaves its history whole. The records did not change, only how the
 * journal names what they refer to, so no entry is added. A value of a definition deleted before
 * this migration (a custom field's values) keeps its old form, there being no id to give it.
 */
@Component
class JournalNamesToIds extends BackfillMigration {

    JournalNamesToIds() {
        super(96, "journal names to ids");
    }

    @Override
    void backfill(Connection connection) throws SQLException {
        Map<String, String> statuses = idsByName(connection, "select code, id from contact_status");
        for (Map.Entry<String, String> status : statuses.entrySet()) {
            setValues(connection, "contact", "status", "status", status.getKey(), status.getValue());
        }
        Map<String, String> types = idsByName(connection, "select code, id from activity_type");
        for (Map.Entry<String, String> type : types.entrySet()) {
            setValues(connection, "activity", "typeCode", "typeId", type.getKey(), type.getValue());
            setValues(connection, "seriesStep", "typeCode", "typeId", type.getKey(), type.getValue());
        }
        try (Statement query = connection.createStatement();
             ResultSet fields = query.executeQuery("select entity, field_name, id from custom_field");
             PreparedStatement rename = connection.prepareStatement(
                     "update journal_entry set field = ? where entity = ? and field = ?")) {
            while (fields.next()) {
                rename.setString(1, "customFields." + fields.getObject(3));
                rename.setString(2, fields.getString(1));
                rename.setString(3, "customFields." + fields.getString(2));
                rename.addBatch();
            }
            rename.executeBatch();
        }
    }

    private static Map<String, String> idsByName(Connection connection, String select) throws SQLException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (Statement query = connection.createStatement(); ResultSet rows = query.executeQuery(select)) {
            while (rows.next()) {
                ids.put(rows.getString(1), rows.getObject(2).toString());
            }
        }
        return ids;
    }

    /**
     * Rewrites one reference in the entity's SET entries (the field's value alone) and CREATE
     * entries (a compact JSON object of all fields, as the journal writes it).
     */
    private static void setValues(Connection connection, String entity, String oldField, String newField, String name, String id)
            throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "update journal_entry set field = ?, field_value = ? where entity = ? and op = 'SET' and field = ? and field_value = ?")) {
            set.setString(1, newField);
            set.setString(2, quoted(id));
            set.setString(3, entity);
            set.setString(4, oldField);
            set.setString(5, quoted(name));
            set.executeUpdate();
        }
        String before = quoted(oldField) + ":" + quoted(name);
        try (PreparedStatement create = connection.prepareStatement(
                "update journal_entry set field_value = replace(field_value, ?, ?) where entity = ? and op = 'CREATE' and field_value like ?")) {
            create.setString(1, before);
            create.setString(2, quoted(newField) + ":" + quoted(id));
            create.setString(3, entity);
            create.setString(4, "%" + before + "%");
            create.executeUpdate();
        }
    }

    /** A code as a JSON string: codes are letters, digits, hyphens and underscores, with nothing to escape. */
    private static String quoted(String text) {
        return '"' + text + '"';
    }
}
