package org.svyaz.journal.internal;

import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.JournaledEntity.UniqueName;

/**
 * Keeps names unique while entries are applied: a record arriving under a name another record
 * holds here takes a placeholder made of its name and id instead, and the clash goes to the
 * module that owns the entity, which renames or merges through the journal. The replay of a
 * journal meets the same names in the same order, so it takes the same placeholder.
 */
final class FreeNames {

    private FreeNames() {
    }

    /** Two records of one name: {@code holder} had it here, {@code arriving} took a placeholder. */
    record Clash(String entity, UUID holder, UUID arriving, String name) {
    }

    /** Gives the row a placeholder name when another row holds its own; the clash, or null when there was none. */
    @SuppressWarnings("unchecked")
    static Clash makeUnique(DSLContext dsl, JournaledEntity entity, Record row) {
        UniqueName unique = entity.uniqueName();
        if (unique == null) {
            return null;
        }
        Field<String> nameColumn = (Field<String>) entity.columnOf(unique.field());
        String name = row.get(nameColumn);
        UUID holder = name == null ? null : holderOf(dsl, entity, row);
        if (holder == null) {
            return null;
        }
        UUID arriving = row.get(idOf(entity));
        row.set(nameColumn, unique.clash().placeholder(name, arriving));
        entity.derive(row);
        return new Clash(entity.name(), holder, arriving, name);
    }

    /** Another record holding the row's unique key, or null. */
    @SuppressWarnings("unchecked")
    private static UUID holderOf(DSLContext dsl, JournaledEntity entity, Record row) {
        Condition same = DSL.noCondition();
        for (Field<?> column : entity.uniqueName().key()) {
            Object value = row.get(column);
            same = same.and(value == null ? column.isNull() : ((Field<Object>) column).eq(value));
        }
        Field<UUID> id = idOf(entity);
        return dsl.select(id).from(entity.table()).where(same).and(id.ne(row.get(id))).limit(1).fetchOne(id);
    }

    @SuppressWarnings("unchecked")
    private static Field<UUID> idOf(JournaledEntity entity) {
        return (Field<UUID>) entity.table().field("id");
    }
}
