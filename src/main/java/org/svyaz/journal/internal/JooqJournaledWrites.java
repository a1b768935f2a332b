package org.svyaz.journal.internal;

import static org.svyaz.schema.Sequences.JOURNAL_SEQ;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.svyaz.journal.CurrentActor;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.BulkInsert;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.shell.VersionConflict;

@Component
class JooqJournaledWrites implements JournaledWrites {

    private static final String ID = "id";
    private static final String VERSION = "version";
    /** Bookkeeping columns: the journal entry itself says when and by whom. */
    private static final Set<String> BOOKKEEPING = Set.of(ID, VERSION, "created_at", "created_by", "updated_at", "updated_by");
    /** Columns derived from others (search keys), which every database derives for itself. */
    private static final String DERIVED_SUFFIX = "_search";
    private static final int BATCH_SIZE = 1000;

    private final DSLContext dsl;
    private final HybridLogicalClock clock;
    private final DatabaseIdentity identity;
    private final CurrentActor actor;
    private final ObjectMapper json;

    JooqJournaledWrites(DSLContext dsl, HybridLogicalClock clock, DatabaseIdentity identity, CurrentActor actor, ObjectMapper json) {
        this.dsl = dsl;
        this.clock = clock;
        this.identity = identity;
        this.actor = actor;
        this.json = json;
    }

    @Override
    public <R extends UpdatableRecord<R>> R insert(String entity, R record, UUID parentId) {
        prepareForInsert(record);
        dsl.insertInto(record.getTable()).set(record).execute();
        record.changed(false);
        append(List.of(creationEntry(entity, record, parentId, clock.now())));
        return record;
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf) {
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<R> batch = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            List<PendingEntry> entries = new ArrayList<>();
            for (R record : batch) {
                prepareForInsert(record);
                entries.add(creationEntry(entity, record, parentOf.apply(record), clock.now()));
            }
            BulkInsert.insert(dsl, batch);
            append(entries);
        }
    }

    @Override
    public <R extends UpdatableRecord<R>> boolean update(String entity, R record, long expectedVersion, UUID parentId) {
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        List<Field<?>> journaledFields = new ArrayList<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && !Objects.equals(record.original(field), record.get(field)) && !isKey(field)) {
                changes.put(field, record.get(field));
                if (isJournaled(field)) {
                    journaledFields.add(field);
                }
            }
        }
        if (journaledFields.isEmpty()) {
            return false;
        }
        if (record.original(versionField(record)) != expectedVersion) {
            throw new VersionConflict();
        }
        writeNextVersion(record, changes, expectedVersion);
        long hlc = clock.now();
        UUID recordId = record.get(idField(record));
        append(journaledFields.stream()
                .map(field -> new PendingEntry(hlc, entity, recordId, parentId, FieldNames.of(field), toJson(record.get(field)), JournalOperation.SET))
                .toList());
        return true;
    }

    @Override
    public <R extends UpdatableRecord<R>> void touch(String entity, R record, long expectedVersion) {
        Map<Field<?>, Object> bookkeeping = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && !isJournaled(field) && !isKey(field)) {
                bookkeeping.put(field, record.get(field));
            }
        }
        writeNextVersion(record, bookkeeping, expectedVersion);
    }

    /** Writes the changes and the next version, provided the stored record is at the expected one. */
    private void writeNextVersion(UpdatableRecord<?> record, Map<Field<?>, Object> changes, long expectedVersion) {
        Field<Long> version = versionField(record);
        int updated = dsl.update(record.getTable())
                .set(changes)
                .set(version, expectedVersion + 1)
                .where(idField(record).eq(record.get(idField(record))))
                .and(version.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new VersionConflict();
        }
        record.set(version, expectedVersion + 1);
        record.changed(false);
    }

    @Override
    public void delete(String entity, UpdatableRecord<?> record, UUID parentId) {
        UUID recordId = record.get(idField(record));
        dsl.deleteFrom(record.getTable()).where(idField(record).eq(recordId)).execute();
        append(List.of(new PendingEntry(clock.now(), entity, recordId, parentId, "*", null, JournalOperation.DELETE)));
    }

    @Override
    public int deleteWhere(String entity, Table<?> table, Condition which, Field<UUID> parent) {
        Field<UUID> id = idOf(table);
        // Every tombstone written below takes a seq after this one: the delete finds them by it,
        // and each takes the HLC as far past the clock's next value as its seq is past this one
        // (unique and increasing; gaps left by concurrent writers are harmless).
        long before = dsl.nextval(JOURNAL_SEQ);
        long hlcOffset = clock.now() - before - 1;
        Field<Long> seq = JOURNAL_SEQ.nextval().as("seq");
        Field<UUID> recordId = id.as("record_id");
        Field<UUID> parentId = (parent == null ? DSL.castNull(SQLDataType.UUID) : parent).as("parent_id");
        Table<?> doomed = DSL.select(seq, recordId, parentId).from(table).where(which).asTable("doomed");
        int deleted = dsl.insertInto(JOURNAL_ENTRY, JOURNAL_ENTRY.SEQ, JOURNAL_ENTRY.ORIGIN_DB, JOURNAL_ENTRY.ORIGIN_SEQ,
                        JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.ENTITY, JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.PARENT_ID, JOURNAL_ENTRY.FIELD,
                        JOURNAL_ENTRY.FIELD_VALUE, JOURNAL_ENTRY.OP, JOURNAL_ENTRY.USER_ID)
                .select(DSL.select(doomed.field(seq), DSL.val(identity.databaseId()), doomed.field(seq),
                        doomed.field(seq).plus(hlcOffset), DSL.val(entity), doomed.field(recordId), doomed.field(parentId),
                        DSL.val("*"), DSL.castNull(SQLDataType.VARCHAR), DSL.val(JournalOperation.DELETE.name()),
                        DSL.val(actor.userId().orElse(null), SQLDataType.UUID))
                        .from(doomed))
                .execute();
        if (deleted == 0) {
            return 0;
        }
        long after = dsl.nextval(JOURNAL_SEQ);
        clock.advanceTo(after + hlcOffset);
        // exactly the records that got a tombstone, even if a concurrent change moved one out of `which`
        dsl.deleteFrom(table)
                .where(id.in(DSL.select(JOURNAL_ENTRY.RECORD_ID).from(JOURNAL_ENTRY)
                        .where(JOURNAL_ENTRY.SEQ.between(before + 1, after - 1))
                        .and(JOURNAL_ENTRY.ENTITY.eq(entity))
                        .and(JOURNAL_ENTRY.OP.eq(JournalOperation.DELETE.name()))))
                .execute();
        return deleted;
    }

    @Override
    public void setField(String entity, UUID recordId, UUID parentId, String field, Object value) {
        append(List.of(new PendingEntry(clock.now(), entity, recordId, parentId, field, toJson(value), JournalOperation.SET)));
    }

    @Override
    public void setFields(String entity, List<FieldValue> values) {
        for (int from = 0; from < values.size(); from += BATCH_SIZE) {
            List<PendingEntry> entries = values.subList(from, Math.min(values.size(), from + BATCH_SIZE)).stream()
                    .map(value -> new PendingEntry(clock.now(), entity, value.recordId(), null, value.field(), toJson(value.value()),
                            JournalOperation.SET))
                    .toList();
            append(entries);
        }
    }

    @Override
    public void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        JournalOperation operation = linked ? JournalOperation.LINK : JournalOperation.UNLINK;
        append(List.of(new PendingEntry(clock.now(), entity, recordId, null, field, toJson(linkedId), operation)));
    }

    @Override
    public void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked) {
        JournalOperation operation = linked ? JournalOperation.LINK : JournalOperation.UNLINK;
        List<UUID> all = List.copyOf(linkedIds);
        for (int from = 0; from < all.size(); from += BATCH_SIZE) {
            append(all.subList(from, Math.min(all.size(), from + BATCH_SIZE)).stream()
                    .map(linkedId -> new PendingEntry(clock.now(), entity, recordId, null, field, toJson(linkedId), operation))
                    .toList());
        }
    }

    private <R extends UpdatableRecord<R>> void prepareForInsert(R record) {
        Field<UUID> id = idField(record);
        if (record.get(id) == null) {
            record.set(id, RecordIds.next());
        }
        record.set(versionField(record), 1L);
    }

    /** One CREATE entry whose value holds the record's fields, as a JSON object of the non-empty ones. */
    private PendingEntry creationEntry(String entity, UpdatableRecord<?> record, UUID parentId, long hlc) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            Object value = record.get(field);
            if (value != null && !"".equals(value) && isJournaled(field)) {
                values.put(FieldNames.of(field), value);
            }
        }
        return new PendingEntry(hlc, entity, record.get(idField(record)), parentId, "*", toJson(values), JournalOperation.CREATE);
    }

    private void append(List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        UUID databaseId = identity.databaseId();
        UUID userId = actor.userId().orElse(null);
        List<Long> seqs = dsl.nextvals(JOURNAL_SEQ, entries.size());
        List<JournalEntryRecord> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            PendingEntry entry = entries.get(i);
            long seq = seqs.get(i);
            rows.add(new JournalEntryRecord(seq, databaseId, seq, entry.hlc(), entry.entity(), entry.recordId(), entry.parentId(),
                    entry.field(), entry.value(), entry.operation().name(), userId));
        }
        BulkInsert.insert(dsl, rows);
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A journaled value cannot be written as JSON: " + value.getClass(), e);
        }
    }

    private static boolean isJournaled(Field<?> field) {
        return !BOOKKEEPING.contains(field.getName()) && !field.getName().endsWith(DERIVED_SUFFIX);
    }

    private static boolean isKey(Field<?> field) {
        return ID.equals(field.getName()) || VERSION.equals(field.getName());
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> idField(UpdatableRecord<?> record) {
        return (Field<UUID>) record.field(ID);
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> idOf(Table<?> table) {
        return (Field<UUID>) table.field(ID);
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> versionField(UpdatableRecord<?> record) {
        return (Field<Long>) record.field(VERSION);
    }

    private record PendingEntry(long hlc, String entity, UUID recordId, UUID parentId, String field, String value,
            JournalOperation operation) {
    }
}
