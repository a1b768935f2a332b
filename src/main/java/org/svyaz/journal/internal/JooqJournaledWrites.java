package org.svyaz.journal.internal;

import static org.svyaz.schema.Sequences.JOURNAL_SEQ;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.BulkInsert;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.shell.VersionConflict;

@Component
class JooqJournaledWrites implements JournaledWrites {

    private static final String ID = "id";
    private static final String VERSION = "version";
    private static final String HLC = "hlc";
    private static final int BATCH_SIZE = 1000;

    private final DSLContext dsl;
    private final HybridLogicalClock clock;
    private final DatabaseIdentity identity;
    private final CurrentActor actor;
    private final EntityRegistry registry;
    private final CommitPositions commits;

    JooqJournaledWrites(DSLContext dsl, HybridLogicalClock clock, DatabaseIdentity identity, CurrentActor actor, EntityRegistry registry,
            CommitPositions commits) {
        this.dsl = dsl;
        this.clock = clock;
        this.identity = identity;
        this.actor = actor;
        this.registry = registry;
        this.commits = commits;
    }

    @Override
    public <R extends UpdatableRecord<R>> R insert(String entity, R record, UUID parentId) {
        JournaledEntity definition = registry.entity(entity);
        prepareForInsert(record, clock.now());
        dsl.insertInto(record.getTable()).set(record).execute();
        record.changed(false);
        append(entity, creationEntries(definition, record, parentId, Map.of()));
        return record;
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf) {
        insertAll(entity, records, parentOf, record -> Map.of());
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf,
            Function<R, Map<String, Object>> kept) {
        JournaledEntity definition = registry.entity(entity);
        for (int from = 0; from < records.size(); from += BATCH_SIZE) {
            List<R> batch = records.subList(from, Math.min(records.size(), from + BATCH_SIZE));
            List<PendingEntry> entries = new ArrayList<>();
            for (R record : batch) {
                prepareForInsert(record, clock.now());
                entries.addAll(creationEntries(definition, record, parentOf.apply(record), kept.apply(record)));
            }
            BulkInsert.insert(dsl, batch);
            append(entity, entries);
        }
    }

    @Override
    public <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id, Condition which,
            Map<String, Field<UUID>> keptLinks) {
        JournaledEntity definition = registry.entity(entity);
        // every record one statement creates is created at one instant: they share the clock's value
        long hlc = clock.now();
        template.set(versionField(template), 1L);
        template.set(hlcField(template), hlc);
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
            journalEach(entity, source, which, id, null, DSL.val(hlc), new Written("*",
                    JournalValues.write(creationValues(definition, template, Map.of())), JournalOperation.CREATE, false), keptLinks);
            if (!secretValues(definition, template).isEmpty()) {
                throw new IllegalArgumentException("Records created from a table carry no secrets: " + entity);
            }
        }
        return inserted;
    }

    @Override
    public <R extends UpdatableRecord<R>> boolean update(String entity, R record, long expectedVersion, UUID parentId) {
        JournaledEntity definition = registry.entity(entity);
        Map<Field<?>, Object> changes = new LinkedHashMap<>();
        Set<String> changedFields = new LinkedHashSet<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && !Objects.equals(record.original(field), record.get(field)) && !isKey(field)) {
                changes.put(field, record.get(field));
                String journaled = definition.fieldOf(field);
                if (journaled != null) {
                    changedFields.add(journaled);
                }
            }
        }
        if (changedFields.isEmpty()) {
            return false;
        }
        if (record.original(versionField(record)) != expectedVersion) {
            throw new VersionConflict();
        }
        // the version check below makes the row's hlc the one read with the record
        Long base = record.original(hlcField(record));
        long hlc = clock.after(base == null ? 0 : base);
        writeNextVersion(record, changes, expectedVersion, hlc);
        UUID recordId = record.get(idField(record));
        append(entity, changedFields.stream()
                .map(field -> fieldEntry(definition, hlc, base, recordId, parentId, field, valueOf(definition, record, field)))
                .toList());
        return true;
    }

    @Override
    public <R extends UpdatableRecord<R>> void touch(String entity, R record, long expectedVersion) {
        JournaledEntity definition = registry.entity(entity);
        Map<Field<?>, Object> bookkeeping = new LinkedHashMap<>();
        for (Field<?> field : record.fields()) {
            if (record.changed(field) && definition.fieldOf(field) == null && !isKey(field)) {
                bookkeeping.put(field, record.get(field));
            }
        }
        // the hlc stays that of the record's last journaled change: the values beside it moved it when they changed
        writeNextVersion(record, bookkeeping, expectedVersion, null);
    }

    /**
     * Writes the changes, the next version and the hlc (none for a touch), provided the stored
     * record is at the expected version.
     */
    private void writeNextVersion(UpdatableRecord<?> record, Map<Field<?>, Object> changes, long expectedVersion, Long hlc) {
        Field<Long> version = versionField(record);
        Map<Field<?>, Object> written = new LinkedHashMap<>(changes);
        written.put(version, expectedVersion + 1);
        if (hlc != null) {
            written.put(hlcField(record), hlc);
        }
        int updated = dsl.update(record.getTable())
                .set(written)
                .where(idField(record).eq(record.get(idField(record))))
                .and(version.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new VersionConflict();
        }
        record.set(version, expectedVersion + 1);
        if (hlc != null) {
            record.set(hlcField(record), hlc);
        }
        record.changed(false);
    }

    @Override
    public void delete(String entity, UpdatableRecord<?> record, UUID parentId) {
        JournaledEntity definition = registry.entity(entity);
        UUID recordId = record.get(idField(record));
        Long base = lockedHlc(definition, recordId);
        dsl.deleteFrom(record.getTable()).where(idField(record).eq(recordId)).execute();
        long hlc = clock.after(base == null ? 0 : base);
        append(entity, List.of(new PendingEntry(hlc, base, recordId, parentId, "*", null, JournalOperation.DELETE, false)));
    }

    @Override
    public int deleteWhere(String entity, Table<?> table, Condition which, Field<UUID> parent, List<TableField<?, UUID>> alongside) {
        registry.entity(entity);
        Field<Long> rowHlc = hlcOf(table);
        // each tombstone is later than its record's last change: the clock's value, or the row's next
        Field<Long> hlc = DSL.greatest(DSL.val(clock.now()), rowHlc.plus(1));
        Journaled tombstones = journalEach(entity, table, which, idOf(table), parent, hlc,
                new Written("*", null, JournalOperation.DELETE, false), Map.of());
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
        Long newest = dsl.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.SEQ.between(tombstones.firstSeq(), tombstones.lastSeq())).fetchOne(0, Long.class);
        clock.advanceTo(newest == null ? 0 : newest);
        return tombstones.count();
    }

    /**
     * Journals one entry for each row of {@code table} that {@code which} selects, by one
     * {@code insert ... select}: each takes its seq from the sequence and its HLC from {@code hlc}
     * (a value, or an expression of the row). The entries' value is the written one (for an
     * object, with each of {@code keptLinks} added as a list of the one id the row holds in that column).
     */
    private Journaled journalEach(String entity, Table<?> table, Condition which, Field<UUID> recordId, Field<UUID> parent,
            Field<Long> hlc, Written written, Map<String, Field<UUID>> keptLinks) {
        JournalOperation operation = written.operation();
        long txn = commits.currentTransaction(entity);
        long before = dsl.nextval(JOURNAL_SEQ);
        Field<Long> seq = JOURNAL_SEQ.nextval().as("seq");
        Field<UUID> record = recordId.as("record_id");
        Field<UUID> parentId = (parent == null ? DSL.castNull(SQLDataType.UUID) : parent).as("parent_id");
        Field<Long> entryHlc = hlc.as("entry_hlc");
        Field<Long> baseHlc = (operation == JournalOperation.DELETE ? hlcOf(table) : DSL.castNull(SQLDataType.BIGINT)).as("base_hlc");
        List<Field<?>> selected = new ArrayList<>(List.of(seq, record, parentId, entryHlc, baseHlc));
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
                        JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.BASE_HLC, JOURNAL_ENTRY.ENTITY, JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.PARENT_ID,
                        JOURNAL_ENTRY.FIELD, JOURNAL_ENTRY.FIELD_VALUE, JOURNAL_ENTRY.OP, JOURNAL_ENTRY.USER_ID, JOURNAL_ENTRY.TXN,
                        JOURNAL_ENTRY.FORMAT, JOURNAL_ENTRY.LOCAL_ONLY)
                .select(DSL.select(rows.field(seq), DSL.val(identity.databaseId()), rows.field(seq),
                        rows.field(entryHlc), rows.field(baseHlc), DSL.val(entity), rows.field(record), rows.field(parentId),
                        DSL.val(written.field()), valueWithLinks(written.value(), linkTexts), DSL.val(operation.name()),
                        DSL.val(actor.userId().orElse(null), SQLDataType.UUID), DSL.val(txn), DSL.val(JournalValues.FORMAT),
                        DSL.val(written.localOnly()))
                        .from(rows))
                .execute();
        if (count == 0) {
            return new Journaled(0, before, before);
        }
        long after = dsl.nextval(JOURNAL_SEQ);
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
            parts.add(DSL.val(head + separator + JournalValues.write(link.getKey()) + ":[\""));
            parts.add(link.getValue());
            head = "\"]";
            separator = ",";
        }
        parts.add(DSL.val("\"]}"));
        return DSL.concat(parts.toArray(Field[]::new));
    }

    private record Journaled(int count, long firstSeq, long lastSeq) {
    }

    /** What a set-based statement journals for each row: the same field, value and operation. */
    private record Written(String field, String value, JournalOperation operation, boolean localOnly) {
    }

    @Override
    public void setField(String entity, UUID recordId, UUID parentId, String field, Object value) {
        JournaledEntity definition = registry.entity(entity);
        Long base = lockedHlc(definition, recordId);
        long hlc = nextHlcOf(definition, recordId, base);
        append(entity, List.of(new PendingEntry(hlc, base, recordId, parentId, field, JournalValues.write(value), JournalOperation.SET,
                false)));
    }

    @Override
    public void setFields(String entity, List<FieldValue> values) {
        JournaledEntity definition = registry.entity(entity);
        for (int from = 0; from < values.size(); from += BATCH_SIZE) {
            List<FieldValue> batch = values.subList(from, Math.min(values.size(), from + BATCH_SIZE));
            Map<UUID, long[]> hlcs = nextHlcsOf(definition, batch.stream().map(FieldValue::recordId).collect(Collectors.toSet()));
            append(entity, batch.stream()
                    .map(value -> {
                        long[] baseAndNext = hlcs.get(value.recordId());
                        return new PendingEntry(baseAndNext[1], baseAndNext[0], value.recordId(), null, value.field(),
                                JournalValues.write(value.value()), JournalOperation.SET, false);
                    })
                    .toList());
        }
    }

    @Override
    public void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        linkAll(entity, recordId, field, List.of(linkedId), linked);
    }

    @Override
    public void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked) {
        if (linkedIds.isEmpty()) {
            return;
        }
        JournaledEntity definition = registry.entity(entity);
        JournalOperation operation = linked ? JournalOperation.LINK : JournalOperation.UNLINK;
        Long base = lockedHlc(definition, recordId);
        long hlc = nextHlcOf(definition, recordId, base);
        List<UUID> all = List.copyOf(linkedIds);
        for (int from = 0; from < all.size(); from += BATCH_SIZE) {
            append(entity, all.subList(from, Math.min(all.size(), from + BATCH_SIZE)).stream()
                    .map(linkedId -> new PendingEntry(hlc, base, recordId, null, field, JournalValues.write(linkedId), operation, false))
                    .toList());
        }
    }

    @Override
    public int journalExisting() {
        int journaled = 0;
        for (JournaledEntity definition : registry.entities()) {
            Table<?> table = definition.table();
            var rows = dsl.selectFrom(table)
                    .whereNotExists(DSL.selectOne().from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(idOf(table))))
                    .fetch();
            for (var row : rows) {
                UpdatableRecord<?> record = (UpdatableRecord<?>) row;
                long hlc = clock.after(record.get(hlcField(record)));
                dsl.update(table).set(hlcOf(table), hlc).where(idOf(table).eq(record.get(idField(record)))).execute();
                record.set(hlcField(record), hlc);
                append(definition.name(), creationEntries(definition, record, null, Map.of()));
                journaled++;
            }
        }
        return journaled;
    }

    /** The record's hlc, read under its row lock (so no other change of the record comes between), or null when it has no row. */
    private Long lockedHlc(JournaledEntity definition, UUID recordId) {
        Table<?> table = definition.table();
        return dsl.select(hlcOf(table)).from(table).where(idOf(table).eq(recordId)).forUpdate().fetchOne(hlcOf(table));
    }

    /** Moves a record on to its next hlc, for a change of a value kept beside its row. */
    private long nextHlcOf(JournaledEntity definition, UUID recordId, Long base) {
        long hlc = clock.after(base == null ? 0 : base);
        if (base != null) {
            Table<?> table = definition.table();
            dsl.update(table).set(hlcOf(table), hlc).where(idOf(table).eq(recordId)).execute();
        }
        return hlc;
    }

    /** Moves many records on to their next hlcs at once: for each, its {base, next}. */
    private Map<UUID, long[]> nextHlcsOf(JournaledEntity definition, Set<UUID> recordIds) {
        Table<?> table = definition.table();
        Map<UUID, Long> bases = dsl.select(idOf(table), hlcOf(table)).from(table).where(idOf(table).in(recordIds)).forUpdate()
                .fetchMap(idOf(table), hlcOf(table));
        long now = clock.now();
        dsl.update(table).set(hlcOf(table), DSL.greatest(DSL.val(now), hlcOf(table).plus(1))).where(idOf(table).in(bases.keySet()))
                .execute();
        Map<UUID, long[]> hlcs = new HashMap<>();
        long newest = now;
        for (UUID recordId : recordIds) {
            Long base = bases.get(recordId);
            long next = base == null ? now : Math.max(now, base + 1);
            newest = Math.max(newest, next);
            hlcs.put(recordId, new long[] {base == null ? 0 : base, next});
        }
        clock.advanceTo(newest);
        return hlcs;
    }

    private <R extends UpdatableRecord<R>> void prepareForInsert(R record, long hlc) {
        Field<UUID> id = idField(record);
        if (record.get(id) == null) {
            record.set(id, RecordIds.next());
        }
        record.set(versionField(record), 1L);
        record.set(hlcField(record), hlc);
    }

    /**
     * A record's CREATE entry, with its fields (those local to this database too: whoever exports
     * entries leaves them out), then an entry for each of its secrets, which says that it was set.
     */
    private List<PendingEntry> creationEntries(JournaledEntity definition, UpdatableRecord<?> record, UUID parentId,
            Map<String, Object> kept) {
        long hlc = record.get(hlcField(record));
        UUID recordId = record.get(idField(record));
        List<PendingEntry> entries = new ArrayList<>();
        entries.add(new PendingEntry(hlc, null, recordId, parentId, "*", JournalValues.write(creationValues(definition, record, kept)),
                JournalOperation.CREATE, false));
        secretValues(definition, record).forEach((field, value) -> entries.add(fieldEntry(definition, hlc, null, recordId, parentId,
                field, value)));
        return entries;
    }

    /** A CREATE entry's value: the record's non-empty fields but its secrets, and those kept beside its row. */
    private static Map<String, Object> creationValues(JournaledEntity definition, UpdatableRecord<?> record, Map<String, Object> kept) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fieldsOf(definition, record)) {
            Object value = valueOf(definition, record, field);
            // an empty text in a column that holds no null is what a replay writes when the field is absent
            if (value != null && !definition.isSecret(field) && !(isEmptyDefault(definition, field, value))) {
                values.put(field, value);
            }
        }
        values.putAll(kept);
        return values;
    }

    private static boolean isEmptyDefault(JournaledEntity definition, String field, Object value) {
        Field<?> column = definition.columnOf(field);
        return "".equals(value) && column != null && !column.getDataType().nullable();
    }

    /** The non-empty secrets of a new record. */
    private static Map<String, Object> secretValues(JournaledEntity definition, UpdatableRecord<?> record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : fieldsOf(definition, record)) {
            Object value = valueOf(definition, record, field);
            if (value != null && !"".equals(value) && definition.isSecret(field)) {
                values.put(field, value);
            }
        }
        return values;
    }

    /** The entity's fields, in the order of their (first) columns. */
    private static Set<String> fieldsOf(JournaledEntity definition, UpdatableRecord<?> record) {
        Set<String> fields = new LinkedHashSet<>();
        for (Field<?> column : record.fields()) {
            String field = definition.fieldOf(column);
            if (field != null) {
                fields.add(field);
            }
        }
        return fields;
    }

    /** A field's value in the record: its column's, or for a field of several columns an object of theirs. */
    static Object valueOf(JournaledEntity definition, UpdatableRecord<?> record, String field) {
        List<Field<?>> columns = definition.columnsOf(field);
        if (columns == null) {
            return record.get(definition.columnOf(field));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        columns.forEach(column -> value.put(JournaledEntity.fieldName(column), record.get(column)));
        return value;
    }

    /** A SET entry of a field; a secret's says that it changed (value null), and neither leaves this database. */
    private static PendingEntry fieldEntry(JournaledEntity definition, long hlc, Long base, UUID recordId, UUID parentId, String field,
            Object value) {
        boolean secret = definition.isSecret(field);
        return new PendingEntry(hlc, base, recordId, parentId, field, secret ? null : JournalValues.write(value), JournalOperation.SET,
                definition.isLocalOnly(field));
    }

    private void append(String entity, List<PendingEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        long txn = commits.currentTransaction(entity);
        UUID databaseId = identity.databaseId();
        UUID userId = actor.userId().orElse(null);
        List<Long> seqs = dsl.nextvals(JOURNAL_SEQ, entries.size());
        Map<String, Long> fieldBases = fieldBases(entries);
        List<JournalEntryRecord> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            PendingEntry entry = entries.get(i);
            long seq = seqs.get(i);
            JournalEntryRecord row = dsl.newRecord(JOURNAL_ENTRY);
            row.setSeq(seq);
            row.setOriginDb(databaseId);
            row.setOriginSeq(seq);
            row.setHlc(entry.hlc());
            row.setEntity(entity);
            row.setRecordId(entry.recordId());
            row.setParentId(entry.parentId());
            row.setField(entry.field());
            row.setFieldValue(entry.value());
            row.setOp(entry.operation().name());
            row.setUserId(userId);
            row.setTxn(txn);
            row.setBaseHlc(entry.operation() == JournalOperation.SET ? fieldBase(fieldBases, entry) : entry.baseHlc());
            row.setFormat(JournalValues.FORMAT);
            row.setLocalOnly(entry.localOnly());
            row.setLost(false);
            rows.add(row);
        }
        BulkInsert.insert(dsl, rows);
    }

    /**
     * The clocks of the values the changed fields had here, by record and field ("*" for the
     * record's creation): a change of a field is concurrent with another database's change of the
     * same field when it was made on an older value of that field, whatever else of the record
     * changed since, so its base is the field's own newest entry here, not the record's.
     */
    private Map<String, Long> fieldBases(List<PendingEntry> entries) {
        List<PendingEntry> sets = entries.stream().filter(entry -> entry.operation() == JournalOperation.SET).toList();
        if (sets.isEmpty()) {
            return Map.of();
        }
        Field<Long> newest = DSL.max(JOURNAL_ENTRY.HLC);
        Map<String, Long> bases = new HashMap<>();
        dsl.select(JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.FIELD, newest).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.in(sets.stream().map(PendingEntry::recordId).collect(Collectors.toSet())))
                .and(JOURNAL_ENTRY.LOST.isFalse())
                .and(JOURNAL_ENTRY.OP.eq(JournalOperation.SET.name())
                        .and(JOURNAL_ENTRY.FIELD.in(sets.stream().map(PendingEntry::field).collect(Collectors.toSet())))
                        .or(JOURNAL_ENTRY.OP.eq(JournalOperation.CREATE.name())))
                .groupBy(JOURNAL_ENTRY.RECORD_ID, JOURNAL_ENTRY.FIELD)
                .forEach(row -> bases.put(row.value1() + "/" + row.value2(), row.value3()));
        return bases;
    }

    /** The newest of the field's value and the record's creation here, or the record's clock when the journal holds neither. */
    private static Long fieldBase(Map<String, Long> fieldBases, PendingEntry entry) {
        Long field = fieldBases.get(entry.recordId() + "/" + entry.field());
        Long creation = fieldBases.get(entry.recordId() + "/*");
        if (field == null && creation == null) {
            return entry.baseHlc();
        }
        return Math.max(field == null ? 0 : field, creation == null ? 0 : creation);
    }

    private static boolean isKey(Field<?> field) {
        return ID.equals(field.getName()) || VERSION.equals(field.getName()) || HLC.equals(field.getName());
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
    private static Field<Long> hlcOf(Table<?> table) {
        return (Field<Long>) table.field(HLC);
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> versionField(UpdatableRecord<?> record) {
        return (Field<Long>) record.field(VERSION);
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> hlcField(UpdatableRecord<?> record) {
        return (Field<Long>) record.field(HLC);
    }

    /**
     * An entry before it has its seq: {@code baseHlc} is the record's hlc before the change (null
     * for a creation); a change of a field is journaled with the field's own base instead.
     */
    private record PendingEntry(long hlc, Long baseHlc, UUID recordId, UUID parentId, String field, String value,
            JournalOperation operation, boolean localOnly) {
    }
}
