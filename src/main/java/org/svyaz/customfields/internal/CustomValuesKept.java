package org.svyaz.customfields.internal;

import static org.svyaz.schema.Tables.CUSTOM_FIELD;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.svyaz.journal.BulkInsert;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.SideValues;
import org.svyaz.schema.tables.records.CustomFieldRecord;
import org.svyaz.schema.tables.records.CustomValueRecord;
import org.svyaz.shell.SearchKeys;

/** Custom field values on the journal's apply path: the field {@code customFields.<name>} of a record. */
@Component
class CustomValuesKept implements SideValues {

    private static final String PREFIX = "customFields.";

    @Override
    public boolean keeps(String entity, String field) {
        return field.startsWith(PREFIX);
    }

    @Override
    public void set(DSLContext dsl, String entity, UUID recordId, String field, JsonNode value) {
        setAll(dsl, entity, List.of(new Value(recordId, field, value)));
    }

    /** A record's value of a field is its last: per field, the old values go in one statement, the new ones in one batch. */
    @Override
    public void setAll(DSLContext dsl, String entity, List<Value> values) {
        Map<String, Map<UUID, JsonNode>> valuesByField = new LinkedHashMap<>();
        values.forEach(value -> valuesByField.computeIfAbsent(value.field().substring(PREFIX.length()), key -> new LinkedHashMap<>())
                .put(value.recordId(), value.value()));
        List<CustomValueRecord> rows = new ArrayList<>();
        valuesByField.forEach((key, byRecord) -> {
            CustomFieldRecord definition = definition(dsl, entity, key);
            if (definition == null) {
                return;
            }
            deleteValues(dsl, definition.getId(), byRecord.keySet());
            byRecord.forEach((recordId, value) -> {
                if (value != null && !value.isNull()) {
                    rows.add(row(definition, recordId, value));
                }
            });
        });
        if (!rows.isEmpty()) {
            BulkInsert.insert(dsl, rows);
        }
    }

    /**
     * Deletes the records' values of the field one by one in a batch: each by its key, which H2
     * reads a list of thousands of records in no other way than along the whole field's values.
     */
    private static void deleteValues(DSLContext dsl, UUID fieldId, Collection<UUID> recordIds) {
        BatchBindStep deletes = dsl.batch(dsl.deleteFrom(CUSTOM_VALUE)
                .where(CUSTOM_VALUE.RECORD_ID.eq(DSL.param("record", SQLDataType.UUID)))
                .and(CUSTOM_VALUE.FIELD_ID.eq(DSL.param("field", SQLDataType.UUID))));
        recordIds.forEach(recordId -> deletes.bind(recordId, fieldId));
        deletes.execute();
    }

    private static CustomValueRecord row(CustomFieldRecord definition, UUID recordId, JsonNode value) {
        CustomValueRecord row = new CustomValueRecord();
        row.setRecordId(recordId);
        row.setFieldId(definition.getId());
        switch (definition.getFieldType()) {
            case "NUMBER" -> row.setNumberValue(JournalValues.as(value, BigDecimal.class));
            case "DATE" -> row.setDateValue(JournalValues.as(value, LocalDate.class));
            case "BOOLEAN" -> row.setBooleanValue(JournalValues.as(value, Boolean.class));
            default -> {
                row.setTextValue(JournalValues.as(value, String.class));
                row.setTextSearch(SearchKeys.text(row.getTextValue()));
            }
        }
        return row;
    }

    private static CustomFieldRecord definition(DSLContext dsl, String entity, String key) {
        Condition named;
        try {
            named = CUSTOM_FIELD.ID.eq(UUID.fromString(key));
        } catch (IllegalArgumentException notAnId) {
            named = CUSTOM_FIELD.FIELD_NAME.eq(key).and(CUSTOM_FIELD.ENTITY.eq(entity));
        }
        return dsl.selectFrom(CUSTOM_FIELD).where(named).fetchOne();
    }

    @Override
    public void recordsDeleted(DSLContext dsl, String entity, Collection<UUID> recordIds) {
        dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.RECORD_ID.in(recordIds)).execute();
    }

    @Override
    public List<Select<?>> contents(DSLContext dsl) {
        return List.of(dsl.select(CUSTOM_VALUE.RECORD_ID, CUSTOM_VALUE.FIELD_ID, CUSTOM_VALUE.TEXT_VALUE, CUSTOM_VALUE.NUMBER_VALUE,
                        CUSTOM_VALUE.DATE_VALUE, CUSTOM_VALUE.BOOLEAN_VALUE, CUSTOM_VALUE.TEXT_SEARCH)
                .from(CUSTOM_VALUE).orderBy(CUSTOM_VALUE.RECORD_ID, CUSTOM_VALUE.FIELD_ID));
    }
}
