package org.svyaz.customfields.internal;

import static org.svyaz.schema.Tables.CUSTOM_VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;
import org.svyaz.customfields.CustomField;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.CustomValueRecord;
import org.svyaz.shell.SearchKeys;

/**
 * Values of custom fields, one row per record and field with the value in the column of its
 * type. A value belongs to its record: the journal names it {@code customFields.<field id>} of
 * that record, written here beside the row.
 */
@Repository
public class JooqCustomValues {

    private static final int PAGE = 1000;

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqCustomValues(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public Map<UUID, Map<String, Object>> of(List<CustomField> fields, Collection<UUID> recordIds) {
        Map<UUID, Map<String, Object>> byRecord = new HashMap<>();
        if (fields.isEmpty() || recordIds.isEmpty()) {
            return byRecord;
        }
        Map<UUID, CustomField> byId = fields.stream().collect(Collectors.toMap(CustomField::id, Function.identity()));
        dsl.selectFrom(CUSTOM_VALUE)
                .where(CUSTOM_VALUE.RECORD_ID.in(recordIds))
                .and(CUSTOM_VALUE.FIELD_ID.in(byId.keySet()))
                .forEach(row -> {
                    CustomField field = byId.get(row.getFieldId());
                    byRecord.computeIfAbsent(row.getRecordId(), id -> new HashMap<>()).put(field.name(), valueOf(field, row));
                });
        return byRecord;
    }

    /** @return whether any value changed */
    public boolean write(String entity, List<CustomField> fields, UUID recordId, Map<String, Object> values) {
        Map<String, Object> stored = of(fields, List.of(recordId)).getOrDefault(recordId, Map.of());
        boolean changed = false;
        for (CustomField field : fields) {
            if (!values.containsKey(field.name())) {
                continue;
            }
            Object value = values.get(field.name());
            Object previous = stored.get(field.name());
            if (same(previous, value)) {
                continue;
            }
            List<Query> store = new ArrayList<>();
            store.add(dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.RECORD_ID.eq(recordId)).and(CUSTOM_VALUE.FIELD_ID.eq(field.id())));
            if (value != null) {
                store.add(dsl.insertInto(CUSTOM_VALUE).set(rowOf(field, recordId, value)));
            }
            writes.setField(entity, recordId, null, field.journalName(), value, store.toArray(Query[]::new));
            changed = true;
        }
        return changed;
    }

    /** Inserts the values of records that have none yet, in batches, journaled. */
    public void insertAll(String entity, List<CustomField> fields, Map<UUID, Map<String, Object>> valuesByRecord) {
        List<CustomValueRecord> rows = new ArrayList<>();
        List<JournaledWrites.FieldValue> journaled = new ArrayList<>();
        for (Map.Entry<UUID, Map<String, Object>> record : valuesByRecord.entrySet()) {
            for (CustomField field : fields) {
                Object value = record.getValue().get(field.name());
                if (value != null) {
                    rows.add(rowOf(field, record.getKey(), value));
                    journaled.add(new JournaledWrites.FieldValue(record.getKey(), field.journalName(), value));
                }
            }
        }
        writes.setFields(entity, journaled, rows);
    }

    /**
     * Moves the values of one field into another of the same entity and type (a merge of two
     * fields): a record keeps the value it has in {@code to}, else takes the one it had in {@code
     * from}; every value leaves {@code from}. Each change is journaled as a value of the record, a
     * page of records at a time.
     *
     * @return how many values moved into {@code to}
     */
    public int moveValues(CustomField from, CustomField to) {
        int moved = 0;
        List<CustomValueRecord> page;
        do {
            page = dsl.selectFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.FIELD_ID.eq(from.id())).orderBy(CUSTOM_VALUE.RECORD_ID).limit(PAGE).fetch();
            List<UUID> recordIds = page.stream().map(CustomValueRecord::getRecordId).toList();
            List<UUID> holdingTo = dsl.select(CUSTOM_VALUE.RECORD_ID).from(CUSTOM_VALUE)
                    .where(CUSTOM_VALUE.FIELD_ID.eq(to.id())).and(CUSTOM_VALUE.RECORD_ID.in(recordIds)).fetch(CUSTOM_VALUE.RECORD_ID);
            List<CustomValueRecord> rows = new ArrayList<>();
            List<JournaledWrites.FieldValue> journaled = new ArrayList<>();
            for (CustomValueRecord row : page) {
                journaled.add(new JournaledWrites.FieldValue(row.getRecordId(), from.journalName(), null));
                if (!holdingTo.contains(row.getRecordId())) {
                    Object value = valueOf(from, row);
                    rows.add(rowOf(to, row.getRecordId(), value));
                    journaled.add(new JournaledWrites.FieldValue(row.getRecordId(), to.journalName(), value));
                }
            }
            writes.setFields(from.entity(), List.of(),
                    dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.FIELD_ID.eq(from.id())).and(CUSTOM_VALUE.RECORD_ID.in(recordIds)));
            writes.setFields(from.entity(), journaled, rows);
            moved += rows.size();
        } while (page.size() == PAGE);
        return moved;
    }

    /** Erases the values of a record that is deleted, each journaled as cleared. */
    public void deleteAllOf(String entity, List<CustomField> fields, UUID recordId) {
        Map<String, Object> stored = of(fields, List.of(recordId)).getOrDefault(recordId, Map.of());
        List<JournaledWrites.FieldValue> cleared = fields.stream().filter(field -> stored.containsKey(field.name()))
                .map(field -> new JournaledWrites.FieldValue(recordId, field.journalName(), null))
                .toList();
        writes.setFields(entity, cleared, dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.RECORD_ID.eq(recordId)));
    }

    /**
     * Erases every value of a field that is deleted, each journaled as cleared: the foreign key's
     * cascade would remove them unseen by the journal, so they are gone before the field is.
     */
    public void deleteAllOf(CustomField field) {
        List<JournaledWrites.FieldValue> cleared = dsl.select(CUSTOM_VALUE.RECORD_ID).from(CUSTOM_VALUE)
                .where(CUSTOM_VALUE.FIELD_ID.eq(field.id()))
                .orderBy(CUSTOM_VALUE.RECORD_ID)
                .fetch(row -> new JournaledWrites.FieldValue(row.value1(), field.journalName(), null));
        writes.setFields(field.entity(), cleared, dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.FIELD_ID.eq(field.id())));
    }

    private CustomValueRecord rowOf(CustomField field, UUID recordId, Object value) {
        CustomValueRecord row = dsl.newRecord(CUSTOM_VALUE);
        row.setRecordId(recordId);
        row.setFieldId(field.id());
        switch (field.type()) {
            case TEXT, PICKLIST -> {
                row.setTextValue((String) value);
                row.setTextSearch(SearchKeys.text((String) value));
            }
            case NUMBER -> row.setNumberValue((BigDecimal) value);
            case DATE -> row.setDateValue((LocalDate) value);
            case BOOLEAN -> row.setBooleanValue((Boolean) value);
        }
        return row;
    }

    private static Object valueOf(CustomField field, CustomValueRecord row) {
        return switch (field.type()) {
            case TEXT, PICKLIST -> row.getTextValue();
            case NUMBER -> row.getNumberValue() == null ? null : plain(row.getNumberValue());
            case DATE -> row.getDateValue();
            case BOOLEAN -> row.getBooleanValue();
        };
    }

    /** Without the column's trailing zeros, but never in exponent form: 1000, not 1E+3 in JSON. */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static boolean same(Object previous, Object value) {
        if (previous instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(previous, value);
    }
}
