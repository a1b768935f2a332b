package org.svyaz.journal.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.svyaz.journal.JournaledWrites;

/**
 * The journaling component as modules see it: every call needs an open transaction (so that a
 * record and its entries commit together), and runs in the {@link JournalScope}, with the
 * module's statements that write rows kept beside its records. The entries themselves are
 * {@link JooqJournaledWrites}' work.
 */
@Primary
@Component
class ScopedJournaledWrites implements JournaledWrites {

    private final JooqJournaledWrites journal;

    ScopedJournaledWrites(JooqJournaledWrites journal) {
        this.journal = journal;
    }

    @Override
    public <R extends UpdatableRecord<R>> R insert(String entity, R record, UUID parentId) {
        return scoped(entity, () -> journal.insert(entity, record, parentId));
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf) {
        scoped(entity, () -> journal.insertAll(entity, records, parentOf));
    }

    @Override
    public <R extends UpdatableRecord<R>> void insertAll(String entity, List<R> records, Function<R, UUID> parentOf,
            Function<R, Map<String, Object>> kept) {
        scoped(entity, () -> journal.insertAll(entity, records, parentOf, kept));
    }

    @Override
    public <R extends UpdatableRecord<R>, S extends TableRecord<S>> void insertAll(String entity, List<R> records,
            Function<R, UUID> parentOf, Function<R, Map<String, Object>> kept, List<S> rowsAlongside) {
        scoped(entity, () -> journal.insertAll(entity, records, parentOf, kept, rowsAlongside));
    }

    @Override
    public <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id, Condition which,
            Map<String, Field<UUID>> keptLinks) {
        return scoped(entity, () -> journal.insertFrom(entity, template, source, id, which, keptLinks));
    }

    @Override
    public <R extends UpdatableRecord<R>> int insertFrom(String entity, R template, Table<?> source, Field<UUID> id, Condition which,
            Map<String, Field<UUID>> keptLinks, Query... alongside) {
        return scoped(entity, () -> journal.insertFrom(entity, template, source, id, which, keptLinks, alongside));
    }

    @Override
    public <R extends UpdatableRecord<R>> boolean update(String entity, R record, long expectedVersion, UUID parentId) {
        return scoped(entity, () -> journal.update(entity, record, expectedVersion, parentId));
    }

    @Override
    public <R extends UpdatableRecord<R>> void touch(String entity, R record, long expectedVersion) {
        scoped(entity, () -> journal.touch(entity, record, expectedVersion));
    }

    @Override
    public void delete(String entity, UpdatableRecord<?> record, UUID parentId) {
        scoped(entity, () -> journal.delete(entity, record, parentId));
    }

    @Override
    public void delete(String entity, UpdatableRecord<?> record, UUID parentId, Query... alongside) {
        scoped(entity, () -> journal.delete(entity, record, parentId, alongside));
    }

    @Override
    public int deleteWhere(String entity, Table<?> table, Condition which, Field<UUID> parent, List<TableField<?, UUID>> alongside) {
        return scoped(entity, () -> journal.deleteWhere(entity, table, which, parent, alongside));
    }

    @Override
    public void setField(String entity, UUID recordId, UUID parentId, String field, Object value) {
        scoped(entity, () -> journal.setField(entity, recordId, parentId, field, value));
    }

    @Override
    public void setField(String entity, UUID recordId, UUID parentId, String field, Object value, Query... alongside) {
        scoped(entity, () -> journal.setField(entity, recordId, parentId, field, value, alongside));
    }

    @Override
    public void setFields(String entity, List<FieldValue> values) {
        scoped(entity, () -> journal.setFields(entity, values));
    }

    @Override
    public void setFields(String entity, List<FieldValue> values, Query... alongside) {
        scoped(entity, () -> journal.setFields(entity, values, alongside));
    }

    @Override
    public <S extends TableRecord<S>> void setFields(String entity, List<FieldValue> values, List<S> rowsAlongside) {
        scoped(entity, () -> journal.setFields(entity, values, rowsAlongside));
    }

    @Override
    public void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        scoped(entity, () -> journal.link(entity, recordId, field, linkedId, linked));
    }

    @Override
    public void link(String entity, UUID recordId, String field, UUID linkedId, boolean linked, Query... alongside) {
        scoped(entity, () -> journal.link(entity, recordId, field, linkedId, linked, alongside));
    }

    @Override
    public int journalExisting() {
        return scoped("every entity", (Supplier<Integer>) journal::journalExisting);
    }

    @Override
    public void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked) {
        scoped(entity, () -> journal.linkAll(entity, recordId, field, linkedIds, linked));
    }

    @Override
    public void linkAll(String entity, UUID recordId, String field, Collection<UUID> linkedIds, boolean linked, Query... alongside) {
        scoped(entity, () -> journal.linkAll(entity, recordId, field, linkedIds, linked, alongside));
    }

    private static <T> T scoped(String entity, Supplier<T> work) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A journaled write of " + entity + " needs an open transaction: "
                    + "the record and its journal entries commit together");
        }
        return JournalScope.within(work);
    }

    private static void scoped(String entity, Runnable work) {
        scoped(entity, () -> {
            work.run();
            return null;
        });
    }
}
