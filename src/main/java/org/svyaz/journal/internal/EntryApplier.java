package org.svyaz.journal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.SideValues;

/**
 * Writes one journal entry's change into the tables of a database (this one, or a scratch schema
 * a replay fills), the way the module that owns the entity would have: a record's own fields into
 * its row, its derived columns recomputed, the values kept beside it by the module that keeps them.
 * It journals nothing: the entry it applies is the journal.
 */
@Component
class EntryApplier {

    private final EntityRegistry registry;

    EntryApplier(EntityRegistry registry) {
        this.registry = registry;
    }

    /** The change an entry describes, as it is applied. */
    record Change(String entity, UUID recordId, String field, JournalOperation operation, JsonNode value, long hlc, UUID userId) {
    }

    /**
     * Applies the change; when it gave a record a name another record holds here, the record took
     * a placeholder instead, and the clash is returned for its module to settle (null otherwise).
     */
    FreeNames.Clash apply(DSLContext dsl, Change change) {
        JournaledEntity entity = registry.entity(change.entity());
        return switch (change.operation()) {
            case CREATE -> create(dsl, entity, change);
            case SET -> set(dsl, entity, change);
            case LINK, UNLINK -> {
                link(dsl, entity, change);
                yield null;
            }
            case DELETE -> {
                delete(dsl, entity, change.recordId());
                yield null;
            }
        };
    }

    private FreeNames.Clash create(DSLContext dsl, JournaledEntity entity, Change change) {
        UpdatableRecord<?> existing = row(dsl, entity, change.recordId());
        if (existing != null) {
            // a record every database is made with (a built-in status): the creation sets its fields
            change.value().fields().forEachRemaining(field -> setField(entity, existing, field.getKey(), field.getValue()));
            entity.derive(existing);
            moveClock(existing, change);
            dsl.executeUpdate(existing);
            return null;
        }
        if (isOrphan(entity, change, missingParents(dsl, entity, List.of(change)))) {
            return null;
        }
        List<Map.Entry<String, JsonNode>> beside = new ArrayList<>();
        UpdatableRecord<?> row = newRow(dsl, entity, change, beside);
        FreeNames.Clash clash = FreeNames.makeUnique(dsl, entity, row);
        dsl.insertInto(entity.table()).set(row).execute();
        for (Map.Entry<String, JsonNode> field : beside) {
            registry.keeperOf(entity.name(), field.getKey()).set(dsl, entity.name(), change.recordId(), field.getKey(), field.getValue());
        }
        return clash;
    }

    /**
     * The parents that creations among the changes name and that do not exist here: deleted here
     * while their records were made elsewhere. A deleted record stays deleted, and so does what
     * belongs to it (its module deleted that with it here), so those creations are not made.
     */
    Set<UUID> missingParents(DSLContext dsl, JournaledEntity entity, List<Change> changes) {
        Set<UUID> missing = new HashSet<>();
        for (JournaledEntity.Parent parent : entity.parents()) {
            Set<UUID> named = new HashSet<>();
            for (Change change : changes) {
                UUID parentId = change.operation() == JournalOperation.CREATE ? parentId(entity, parent, change) : null;
                if (parentId != null) {
                    named.add(parentId);
                }
            }
            if (!named.isEmpty()) {
                Table<?> table = registry.entity(parent.entity()).table();
                named.removeAll(dsl.select(idOf(table)).from(table).where(idOf(table).in(named)).fetch(idOf(table)));
                missing.addAll(named);
            }
        }
        return missing;
    }

    /** Whether a creation names a parent among the missing ones. */
    static boolean isOrphan(JournaledEntity entity, Change change, Set<UUID> missingParents) {
        return entity.parents().stream().anyMatch(parent -> missingParents.contains(parentId(entity, parent, change)));
    }

    private static UUID parentId(JournaledEntity entity, JournaledEntity.Parent parent, Change change) {
        JsonNode value = change.value().get(entity.fieldOf(parent.column()));
        return value == null || value.isNull() ? null : JournalValues.as(value, UUID.class);
    }

    /**
     * The row a creation makes, its derived columns computed, not yet inserted; the fields a
     * module keeps beside it are added to {@code beside}, to be written once the row is there.
     */
    UpdatableRecord<?> newRow(DSLContext dsl, JournaledEntity entity, Change change, List<Map.Entry<String, JsonNode>> beside) {
        UpdatableRecord<?> row = (UpdatableRecord<?>) dsl.newRecord(entity.table());
        row.set(idOf(entity.table()), change.recordId());
        row.set(column(entity.table(), "version"), 1L);
        row.set(hlcOf(entity.table()), change.hlc());
        stampCreation(row, change);
        for (Iterator<Map.Entry<String, JsonNode>> fields = change.value().fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (registry.keeperOf(entity.name(), field.getKey()) != null) {
                beside.add(field);
            } else {
                setField(entity, row, field.getKey(), field.getValue());
            }
        }
        leaveSecretsUnset(entity, row);
        emptyTextsWhereAbsent(entity, row);
        entity.derive(row);
        return row;
    }

    private FreeNames.Clash set(DSLContext dsl, JournaledEntity entity, Change change) {
        SideValues keeper = registry.keeperOf(entity.name(), change.field());
        if (keeper != null) {
            if (row(dsl, entity, change.recordId()) != null) {
                keeper.set(dsl, entity.name(), change.recordId(), change.field(), change.value());
                moveClock(dsl, entity, change);
            }
            return null;
        }
        if (entity.isSecret(change.field())) {
            // the entry says that a secret changed, never to what
            moveClock(dsl, entity, change);
            return null;
        }
        UpdatableRecord<?> row = row(dsl, entity, change.recordId());
        if (row == null) {
            return null;
        }
        changeOwnField(entity, row, change);
        FreeNames.Clash clash = entity.uniqueName() != null && entity.uniqueName().field().equals(change.field())
                ? FreeNames.makeUnique(dsl, entity, row)
                : null;
        dsl.executeUpdate(row);
        return clash;
    }

    /** Sets one of the record's own fields in its row, recomputes what derives from it, and counts the change. */
    static void changeOwnField(JournaledEntity entity, UpdatableRecord<?> row, Change change) {
        setField(entity, row, change.field(), change.value());
        entity.derive(row);
        row.set(column(entity.table(), "version"), row.get(column(entity.table(), "version")) + 1);
        moveClock(row, change);
    }

    /** The row's clock after a change: its own, or the change's when that is later. */
    static void moveClock(UpdatableRecord<?> row, Change change) {
        Field<Long> hlc = hlcOf(row.getTable());
        row.set(hlc, Math.max(row.get(hlc), change.hlc()));
    }

    private void link(DSLContext dsl, JournaledEntity entity, Change change) {
        SideValues keeper = registry.keeperOf(entity.name(), change.field());
        if (keeper == null) {
            throw new IllegalStateException("No module keeps the links " + entity.name() + "." + change.field());
        }
        if (row(dsl, entity, change.recordId()) != null) {
            keeper.link(dsl, entity.name(), change.recordId(), change.field(), JournalValues.as(change.value(), UUID.class),
                    change.operation() == JournalOperation.LINK);
            moveClock(dsl, entity, change);
        }
    }

    private void delete(DSLContext dsl, JournaledEntity entity, UUID recordId) {
        deleteAll(dsl, entity, List.of(recordId));
    }

    /**
     * Deletes records with what modules keep beside them, and the records that belong to them
     * (first, as keys may point to their parents). Those that belong to them here were deleted
     * with them where the deletion was made, or made elsewhere at the same time: their own
     * deletions may never come, and none is journaled here, since a replay of this journal
     * deletes them the same way.
     */
    void deleteAll(DSLContext dsl, JournaledEntity entity, Collection<UUID> recordIds) {
        for (EntityRegistry.Child child : registry.childrenOf(entity.name())) {
            Table<?> table = child.entity().table();
            List<UUID> children = dsl.select(idOf(table)).from(table).where(child.column().in(recordIds)).fetch(idOf(table));
            if (!children.isEmpty()) {
                deleteAll(dsl, child.entity(), children);
            }
        }
        for (SideValues keeper : registry.sideValues()) {
            keeper.recordsDeleted(dsl, entity.name(), recordIds);
        }
        Table<?> table = entity.table();
        if (table.getReferences().stream().anyMatch(key -> key.getKey().getTable().equals(table))) {
            // a tree (groups and their subgroups): one by one in the journal's order, children first as
            // where they were deleted, since H2 checks a key at each row of a statement
            recordIds.forEach(id -> dsl.deleteFrom(table).where(idOf(table).eq(id)).execute());
        } else {
            dsl.deleteFrom(table).where(idOf(table).in(recordIds)).execute();
        }
    }

    /**
     * Secrets never travel: a record that arrives without one its table requires gets an empty
     * one, which nothing matches (a user from another database sets their password here).
     */
    @SuppressWarnings("unchecked")
    private static void leaveSecretsUnset(JournaledEntity entity, UpdatableRecord<?> row) {
        for (Field<?> column : row.fields()) {
            if (row.get(column) == null && column.getType() == String.class && !column.getDataType().nullable()
                    && entity.isSecret(JournaledEntity.fieldName(column))) {
                row.set((Field<String>) column, "");
            }
        }
    }

    /** A creation leaves out the empty texts of columns that hold no null: they are empty, not missing. */
    @SuppressWarnings("unchecked")
    private static void emptyTextsWhereAbsent(JournaledEntity entity, UpdatableRecord<?> row) {
        for (Field<?> column : row.fields()) {
            if (entity.isOwnField(column) && column.getType() == String.class && !column.getDataType().nullable()
                    && row.get(column) == null) {
                row.set((Field<String>) column, "");
            }
        }
    }

    /** Sets a field's column or columns in the row; entries of the first format may name a derived column, which is set too. */
    private static void setField(JournaledEntity entity, UpdatableRecord<?> row, String field, JsonNode value) {
        List<Field<?>> several = entity.columnsOf(field);
        if (several != null) {
            for (Field<?> column : several) {
                JsonNode part = value == null || value.isNull() ? null : value.get(JournaledEntity.fieldName(column));
                setColumn(row, column, part);
            }
            return;
        }
        Field<?> column = entity.columnOf(field);
        if (column == null) {
            column = columnNamed(entity.table(), field);
        }
        if (column == null) {
            throw new IllegalArgumentException("The entity " + entity.name() + " has no field " + field);
        }
        setColumn(row, column, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> void setColumn(UpdatableRecord<?> row, Field<T> column, JsonNode value) {
        row.set(column, JournalValues.as(value, column.getType()));
    }

    private static Field<?> columnNamed(Table<?> table, String field) {
        for (Field<?> column : table.fields()) {
            if (JournaledEntity.fieldName(column).equals(field)) {
                return column;
            }
        }
        return null;
    }

    /** The bookkeeping a module writes with a new record: when it was made and by whom, as the entry says. */
    @SuppressWarnings("unchecked")
    private static void stampCreation(UpdatableRecord<?> row, Change change) {
        OffsetDateTime at = Instant.ofEpochMilli(HybridLogicalClock.millisOf(change.hlc())).atOffset(ZoneOffset.UTC);
        for (String name : List.of("created_at", "updated_at", "uploaded_at")) {
            Field<?> column = row.field(name);
            if (column != null && column.getType() == OffsetDateTime.class) {
                row.set((Field<OffsetDateTime>) column, at);
            }
        }
        for (String name : List.of("created_by", "updated_by")) {
            Field<?> column = row.field(name);
            if (column != null && column.getType() == UUID.class) {
                row.set((Field<UUID>) column, change.userId());
            }
        }
    }

    /** A change of a value kept beside a record moves the record's clock, as it did where it was made. */
    private static void moveClock(DSLContext dsl, JournaledEntity entity, Change change) {
        Field<Long> hlc = hlcOf(entity.table());
        dsl.update(entity.table()).set(hlc, DSL.greatest(hlc, DSL.val(change.hlc()))).where(idOf(entity.table()).eq(change.recordId()))
                .execute();
    }

    static UpdatableRecord<?> row(DSLContext dsl, JournaledEntity entity, UUID recordId) {
        return (UpdatableRecord<?>) dsl.selectFrom(entity.table()).where(idOf(entity.table()).eq(recordId)).fetchOne();
    }

    @SuppressWarnings("unchecked")
    static Field<UUID> idOf(Table<?> table) {
        return (Field<UUID>) table.field("id");
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> hlcOf(Table<?> table) {
        return (Field<Long>) table.field("hlc");
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> column(Table<?> table, String name) {
        return (Field<Long>) table.field(name);
    }
}
