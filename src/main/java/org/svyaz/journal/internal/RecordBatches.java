package org.svyaz.journal.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;

/**
 * Inserts or updates many records of one table by one prepared statement per set of changed
 * columns, bound once per record. jOOQ's {@code batchInsert} and {@code batchUpdate} render each
 * record's statement anew, which cost a replay of a whole journal more than the database's own
 * work on H2.
 */
final class RecordBatches {

    private RecordBatches() {
    }

    /** Inserts the records, each with the columns set on it (the others take their defaults). */
    static void insert(DSLContext dsl, Collection<? extends UpdatableRecord<?>> records) {
        byChangedColumns(records, false).forEach((columns, group) -> {
            Table<?> table = group.get(0).getTable();
            BatchBindStep batch = dsl.batch(dsl.insertInto(table).columns(columns).values(params(columns)));
            group.forEach(record -> batch.bind(valuesOf(record, columns)));
            batch.execute();
        });
        records.forEach(record -> record.changed(false));
    }

    /** Writes the columns changed on each record to its row, found by its primary key. */
    static void update(DSLContext dsl, Collection<? extends UpdatableRecord<?>> records) {
        byChangedColumns(records, true).forEach((columns, group) -> {
            Table<?> table = group.get(0).getTable();
            Field<Object> key = keyOf(table);
            Map<Field<?>, Object> set = new LinkedHashMap<>();
            columns.forEach(column -> set.put(column, param(column)));
            BatchBindStep batch = dsl.batch(dsl.update(table).set(set).where(key.eq(param(key))));
            group.forEach(record -> {
                Object[] values = Arrays.copyOf(valuesOf(record, columns), columns.size() + 1);
                values[columns.size()] = record.get(key);
                batch.bind(values);
            });
            batch.execute();
        });
        records.forEach(record -> record.changed(false));
    }

    /** The records grouped by the columns changed on them, in the table's order (the key left out for an update). */
    private static Map<List<Field<?>>, List<UpdatableRecord<?>>> byChangedColumns(Collection<? extends UpdatableRecord<?>> records,
            boolean leaveOutKey) {
        Map<List<Field<?>>, List<UpdatableRecord<?>>> groups = new LinkedHashMap<>();
        for (UpdatableRecord<?> record : records) {
            List<Field<?>> columns = new ArrayList<>();
            for (Field<?> field : record.fields()) {
                if (record.changed(field) && !(leaveOutKey && field.equals(keyOf(record.getTable())))) {
                    columns.add(field);
                }
            }
            if (!columns.isEmpty()) {
                groups.computeIfAbsent(columns, key -> new ArrayList<>()).add(record);
            }
        }
        return groups;
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> keyOf(Table<?> table) {
        return (Field<Object>) table.getPrimaryKey().getFields().get(0);
    }

    private static Param<?>[] params(List<Field<?>> columns) {
        return columns.stream().map(RecordBatches::param).toArray(Param<?>[]::new);
    }

    private static <T> Param<T> param(Field<T> column) {
        return DSL.param(column.getName(), column.getDataType());
    }

    private static Object[] valuesOf(UpdatableRecord<?> record, List<Field<?>> columns) {
        return columns.stream().map(record::get).toArray();
    }
}
