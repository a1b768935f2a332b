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
import org.jooq.TableField;
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
        append(List.of(creationEntry(entity, record, parentId, Map.of())));
        return record;
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf) {
        insertAll(entity, records, parentOf, record -> Map.of());
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf,
            Function<R, Map<String, Object>> kept) {
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<R> batch = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            List<PendingEntry> entries = new ArrayList<>();
            for (R record : batch) {
                prepareForInsert(record);
                entries.add(creationEntry(entity, record, parentOf.apply(record), kept.apply(record)));
            }
            BulkInsert.insert(dsl, batch);
            append(entries);
        }
    }

    @Override
    public <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id, Condition which,
            Map<String, Field<UUID>> keptLinks) {
        template.set(versionField(template), 1L);
        List<Field<?>> columns = new ArrayList<>();
        List<Field<?>> values = new ArrayList<>();
        columns.add(idField(template));
        values.add(id);
        for (Field<?> field : template.fields()) {
            if (!ID.equals(field.getName())) {
                columns.add(field);
                values.add(DSL.val(template.get(field), field.getDataType()));
            }
        }
        int inserted = dsl.insertInto(template.getTable()).columns(columns).select(DSL.select(values).from(source).where(which))
                .execute();
        if (inserted > 0) {
            journalEach(entity, source, which, id, null, toJson(creationValues(template, Map.of())), keptLinks, JournalOperation.CREATE);
        }
        return inserted;
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
    public int deleteWhere(String entity, Table<?> table, Condition which, Field<UUID> parent, List<TableField<?, UUID>> alongside) {
        Journaled tombstones = journalEach(entity, table, which, idOf(table), parent, null, Map.of(), JournalOperation.DELETE);
        if (tombstones.count() == 0) {
            return 0;
        }
        // exactly the records that got a tombstone, even if a concurrent change moved one out of `which`
        var tombstoned = DSL.select(JOURNAL_ENTRY.RECORD_ID).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.SEQ.between(tombstones.firstSeq(), tombstones.lastSeq()))
                .and(JOURNAL_ENTRY.ENTITY.eq(entity))
                .and(JOURNAL_ENTRY.OP.eq(JournalOperation.DELETE.name()));
        for (TableField<?, UUID> recordColumn : alongside) {
            dsl.deleteFrom(recordColumn.getTable()).where(recordColumn.in(tombstoned)).execute();
        }
        dsl.deleteFrom(table).where(idOf(table).in(tombstoned)).execute();
        return tombstones.count();
    }

    /**
     * Journals one entry for each row of {@code table} that {@code which} selects, by one
     * {@code insert ... select}: each takes its seq from the sequence and its HLC as far past the
     * clock's next value as its seq is past the first (unique and increasing; gaps left by
     * concurrent writers are harmless), and the clock moves past them all. The entries' value is
     * {@code json} (an object, or null) with each of {@code keptLinks} added as a list of the one
     * id the row holds in that column.
     */
    private Journaled journalEach(String entity, Table<?> table, Condition which, Field<UUID> recordId, Field<UUID> parent,
            String json, Map<String, Field<UUID>> keptLinks, JournalOperation operation) {
        long before = dsl.nextval(JOURNAL_SEQ);
        long hlcOffset = clock.now() - before - 1;
        Field<Long> seq = JOURNAL_SEQ.nextval().as("seq");
        Field<UUID> record = recordId.as("record_id");
        Field<UUID> parentId = (parent == null ? DSL.castNull(SQLDataType.UUID) : parent).as("parent_id");
        List<Field<?>> selected = new ArrayList<>(List.of(seq, record, parentId));
        Map<String, Field<UUID>> links = new LinkedHashMap<>();
        keptLinks.forEach((name, column) -> {
            Field<UUID> link = column.as("link_" + links.size());
            links.put(name, link);
            selected.add(link);
        });
        Table<?> rows = DSL.select(selected).from(table).where(which).asTable("journaled");
        Map<String, Field<String>> linkTexts = new LinkedHashMap<>();
        links.forEach((name, link) -> linkTexts.put(name, rows.field(link).cast(SQLDataType.VARCHAR)));
        int count = dsl.insertInto(JOURNAL_ENTRY, JOURNAL_ENTRY.SEQ, JOURNAL_ENTRY.ORIGIN_DB, JOURNAL_ENTRY.ORIGIN_SEQ,
                        JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.ENTITY, JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.PARENT_ID, JOURNAL_ENTRY.FIELD,
                        JOURNAL_ENTRY.FIELD_VALUE, JOURNAL_ENTRY.OP, JOURNAL_ENTRY.USER_ID)
                .select(DSL.select(rows.field(seq), DSL.val(identity.databaseId()), rows.field(seq),
                        rows.field(seq).plus(hlcOffset), DSL.val(entity), rows.field(record), rows.field(parentId),
                        DSL.val("*"), valueWithLinks(json, linkTexts), DSL.val(operation.name()),
                        DSL.val(actor.userId().orElse(null), SQLDataType.UUID))
                        .from(rows))
                .execute();
        if (count == 0) {
            return new Journaled(0, before, before);
        }
        long after = dsl.nextval(JOURNAL_SEQ);
        clock.advanceTo(after + hlcOffset);
        return new Journaled(count, before + 1, after - 1);
    }

    /** The JSON object {@code json} with each link added as a list of its one id, in SQL. */
    private Field<String> valueWithLinks(String json, Map<String, Field<String>> links) {
        if (json == null) {
            return DSL.castNull(SQLDataType.VARCHAR);
        }
        if (links.isEmpty()) {
            return DSL.val(json);
        }
        List<Field<String>> parts = new ArrayList<>();
        String head = json.substring(0, json.length() - 1);
        String separator = head.equals("{") ? "" : ",";
        for (Map.Entry<String, Field<String>> link : links.entrySet()) {
            parts.add(DSL.val(head + separator + toJson(link.getKey()) + ":[\""));
            parts.add(link.getValue());
            head = "\"]";
            separator = ",";
        }
        parts.add(DSL.val("\"]}"));
        return DSL.concat(parts.toArray(Field[]::new));
    }

    private record Journaled(int count, long firstSeq, long lastSeq) {
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

    private PendingEntry creationEntry(String entity, UpdatableRecord<?> record, UUID parentId, Map<String, Object> kept) {
        return new PendingEntry(clock.now(), entity, record.get(idField(record)), parentId, "*", toJson(creationValues(record, kept)),
                JournalOperation.CREATE);
    }

    /** A CREATE entry's value: the record's non-empty fields, and those kept beside its row. */
    private Map<String, Object> creationValues(UpdatableRecord<?> record, Map<String, Object> kept) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            Object value = record.get(field);
            if (value != null && !"".equals(value) && isJournaled(field)) {
                values.put(FieldNames.of(field), value);
            }
        }
        values.putAll(kept);
        return values;
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
