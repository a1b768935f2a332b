package org.svyaz.journal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;

/**
 * The one path by which records users see are written. Each method writes the record and, in
 * the same transaction, the journal entries for it (see design/journal.md). Journaled tables
 * have a UUID {@code id} and a {@code version} column; the journal names an entity's fields as
 * the API does ({@code last_name} is {@code lastName}, and an {@code is_} prefix is dropped).
 *
 * <p>{@code parentId} is the record the written one belongs to (a note's contact), or null.
 *
 * <p>A journal entry takes its {@code seq} when it is written; its transaction takes a position
 * in commit order when it commits, and readers of "changes since" read by that position (see
 * {@link JournalExchange}). Every method must run inside a transaction.
 *
 * <p>Every method needs an open transaction and fails fast (IllegalStateException) without one:
 * a record and its entries commit together or not at all. A module writes the rows it keeps
 * beside its records (memberships, custom values, grants) with the overloads that take its own
 * statements ({@code alongside}): they run first, in the journaling component's scope, then the
 * entries are written. No other code writes a journaled table (the tests fail any statement that
 * does, see design/journal.md).
 */
public interface JournaledWrites {

    /**
     * Inserts the record at version 1 and journals one CREATE entry whose value is a JSON object
     * of the record's non-empty fields (later changes are SET entries, one per field).
     */
    <R extends UpdatableRecord<R>> R insert(String entity, R record, UUID parentId);

    /** Inserts many records in batches, journaled as {@link #insert} would. */
    <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf);

    /**
     * Inserts many records in batches, journaled as {@link #insert} would, each CREATE entry also
     * carrying the values {@code kept} gives for its record, by field name: values the module
     * keeps beside the record's row and writes itself in the same transaction (an activity's
     * {@code contacts}, in the order given).
     */
    <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf,
            Function<R, Map<String, Object>> kept);

    /**
     * Inserts one record per row that {@code which} (a condition on {@code source}) selects, however
     * many: each a copy of {@code template} but for its id, read from the row's {@code id} column,
     * and journals a CREATE for each as {@link #insert} would. Each entry also carries, for each
     * name of {@code keptLinks}, a list of the one id that the row holds in that column (an
     * activity's {@code contacts}, from its membership row). Two set-based statements write the
     * records and the entries, so that neither passes through memory.
     *
     * @return how many records were inserted
     */
    <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id, Condition which,
            Map<String, Field<UUID>> keptLinks);

    /**
     * Writes the fields changed since the record was read, provided the stored record is still
     * at {@code expectedVersion}; bumps the version and journals a SET per changed field.
     *
     * @return false when no field changed (nothing is written then)
     * @throws org.svyaz.shell.VersionConflict when the record is no longer at that version
     */
    <R extends UpdatableRecord<R>> boolean update(String entity, R record, long expectedVersion, UUID parentId);

    /**
     * Moves a record to its next version without changing a field of its row, for changes a
     * module keeps beside the row (custom field values, journaled with {@link #setField}), so
     * that a user who loaded the older version gets a conflict. Its hlc stays that of its last
     * journaled change (setField moved it), since a replay of the journal could not move it further.
     *
     * @throws org.svyaz.shell.VersionConflict when the record is no longer at that version
     */
    <R extends UpdatableRecord<R>> void touch(String entity, R record, long expectedVersion);

    /** Deletes the record and journals its tombstone. */
    void delete(String entity, UpdatableRecord<?> record, UUID parentId);

    /**
     * Deletes the records of one table that {@code which} (a condition on it) selects, however
     * many, and journals a tombstone for each, as {@link #delete} would: the tombstones are
     * written from the table by one statement and exactly their records deleted by another, so
     * that neither the records nor their ids pass through memory. {@code parent} is the column
     * holding each record's parent, or null. Rows that other tables keep beside the records
     * (memberships, journaled with the records) are deleted with them: each of {@code alongside}
     * is the column of such a table that holds the record's id.
     *
     * @return how many records were deleted
     */
    int deleteWhere(String entity, Table<?> table, Condition which, Field<UUID> parent, List<TableField<?, UUID>> alongside);

    /**
     * Journals a new value of a field that a module keeps outside the record's own row (custom
     * field values); the module writes the value itself in the same transaction.
     */
    void setField(String entity, UUID recordId, UUID parentId, String field, Object value);

    /** Journals many values kept outside their records' rows at once, as {@link #setField} would. */
    void setFields(String entity, List<FieldValue> values);

    /** A new value of one field of one record. */
    record FieldValue(UUID recordId, String field, Object value) {
    }

    /** Journals a membership link or unlink between two records (groups and their members). */
    void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked);

    /** Journals many links or unlinks of one record at once, as {@link #link} would. */
    void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked);

    /**
     * Journals a CREATE for every record of a declared entity that the journal holds nothing of
     * (rows written before their writes were journaled, or whose entries were removed), with the
     * record's fields as they are now.
     *
     * @return how many records were journaled
     */
    int journalExisting();

    /** Runs the module's statements, then inserts the records as {@link #insertAll(String, List, Function, Function)} does. */
    default <R extends UpdatableRecord<R>, S extends TableRecord<S>> void insertAll(String entity, List<R> records,
            Function<R, UUID> parentOf, Function<R, Map<String, Object>> kept, List<S> rowsAlongside) {
        Alongside.insert(rowsAlongside);
        insertAll(entity, records, parentOf, kept);
    }

    /**
     * Runs the module's statements (which write the rows {@code keptLinks} reads, e.g. the
     * memberships the records are inserted from), then inserts as {@link #insertFrom} does.
     */
    default <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id,
            Condition which, Map<String, Field<UUID>> keptLinks, Query... alongside) {
        Alongside.execute(alongside);
        return insertFrom(entity, template, source, id, which, keptLinks);
    }

    /** Runs the module's statements (erasing rows kept beside the record), then deletes it as {@link #delete} does. */
    default void delete(String entity, UpdatableRecord<?> record, UUID parentId, Query... alongside) {
        Alongside.execute(alongside);
        delete(entity, record, parentId);
    }

    /** Runs the module's statements that write the value beside the record, and journals it as {@link #setField} does. */
    default void setField(String entity, UUID recordId, UUID parentId, String field, Object value, Query... alongside) {
        Alongside.execute(alongside);
        setField(entity, recordId, parentId, field, value);
    }

    /** Runs the module's statements that write the values, and journals them as {@link #setFields} does. */
    default void setFields(String entity, List<FieldValue> values, Query... alongside) {
        Alongside.execute(alongside);
        setFields(entity, values);
    }

    /** Inserts the module's rows that hold the values (attached to a configuration), and journals them as {@link #setFields} does. */
    default <S extends TableRecord<S>> void setFields(String entity, List<FieldValue> values, List<S> rowsAlongside) {
        Alongside.insert(rowsAlongside);
        setFields(entity, values);
    }

    /** Runs the module's statements that write the membership, and journals it as {@link #link} does. */
    default void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked, Query... alongside) {
        Alongside.execute(alongside);
        link(entity, recordId, field, linkedId, linked);
    }

    /** Runs the module's statements that write the memberships, and journals them as {@link #linkAll} does. */
    default void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked, Query... alongside) {
        Alongside.execute(alongside);
        linkAll(entity, recordId, field, linkedIds, linked);
    }

    /** How the overloads run a module's own statements. */
    final class Alongside {

        private Alongside() {
        }

        static void execute(Query... queries) {
            for (Query query : queries) {
                query.execute();
            }
        }

        static <S extends TableRecord<S>> void insert(List<S> rows) {
            if (!rows.isEmpty()) {
                org.jooq.Configuration configuration = rows.get(0).configuration();
                if (configuration == null) {
                    throw new IllegalArgumentException("Rows written alongside journal entries must be attached: "
                            + rows.get(0).getTable().getName());
                }
                BulkInsert.insert(configuration.dsl(), rows);
            }
        }
    }
}
