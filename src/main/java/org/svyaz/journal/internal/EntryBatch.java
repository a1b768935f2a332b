package org.svyaz.journal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.UpdatableRecord;
import org.springframework.stereotype.Component;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.SideValues;

/**
 * Applies many entries as {@link EntryApplier} applies them one by one, in far fewer statements,
 * for a replay of a whole journal: a run of consecutive creations and changes of one entity reads
 * the rows it touches at once, changes them in memory and writes them back in two batches, then
 * writes what modules keep beside them, in the entries' order; a run of deletions deletes its
 * records, and what is kept beside them and what belongs to them, at once; a creation whose parent
 * does not exist is left out, as one by one. Entities whose names are unique (a name may
 * clash) go one by one, as does a run that creates a record twice or one the database was made with.
 */
@Component
class EntryBatch {

    private final EntryApplier applier;
    private final EntityRegistry registry;

    EntryBatch(EntryApplier applier, EntityRegistry registry) {
        this.applier = applier;
        this.registry = registry;
    }

    /** Applies the changes in their order, as one by one. */
    void applyAll(DSLContext dsl, List<EntryApplier.Change> changes) {
        int start = 0;
        while (start < changes.size()) {
            int end = start + 1;
            while (end < changes.size() && sameRun(changes.get(start), changes.get(end))) {
                end++;
            }
            List<EntryApplier.Change> run = changes.subList(start, end);
            JournaledEntity entity = registry.entity(run.get(0).entity());
            if (run.get(0).operation() == JournalOperation.DELETE) {
                applier.deleteAll(dsl, entity, run.stream().map(EntryApplier.Change::recordId).toList());
            } else if (run.size() == 1 || entity.uniqueName() != null || !new Run(dsl, entity).apply(run)) {
                run.forEach(change -> applier.apply(dsl, change));
            }
            start = end;
        }
    }

    private static boolean sameRun(EntryApplier.Change first, EntryApplier.Change next) {
        return first.entity().equals(next.entity())
                && (first.operation() == JournalOperation.DELETE) == (next.operation() == JournalOperation.DELETE);
    }

    /** One run of changes to one entity's records, applied to rows held in memory. */
    private final class Run {

        private final DSLContext dsl;
        private final JournaledEntity entity;
        private final Map<UUID, UpdatableRecord<?>> rows = new HashMap<>();
        private final Map<UUID, UpdatableRecord<?>> created = new LinkedHashMap<>();
        private final Set<UUID> changed = new HashSet<>();
        private final List<BesideWrite> besideWrites = new ArrayList<>();
        private Set<UUID> missingParents;

        Run(DSLContext dsl, JournaledEntity entity) {
            this.dsl = dsl;
            this.entity = entity;
        }

        /** Applies the run; false, having written nothing, when it must go one by one. */
        boolean apply(List<EntryApplier.Change> run) {
            Set<UUID> ids = new HashSet<>();
            run.forEach(change -> ids.add(change.recordId()));
            dsl.selectFrom(entity.table()).where(EntryApplier.idOf(entity.table()).in(ids))
                    .forEach(row -> rows.put(row.get(EntryApplier.idOf(entity.table())), (UpdatableRecord<?>) row));
            missingParents = applier.missingParents(dsl, entity, run);
            for (EntryApplier.Change change : run) {
                if (change.operation() == JournalOperation.CREATE && rows.containsKey(change.recordId())) {
                    return false;
                }
                apply(change);
            }
            if (!created.isEmpty()) {
                RecordBatches.insert(dsl, created.values());
            }
            changed.removeAll(created.keySet());
            if (!changed.isEmpty()) {
                RecordBatches.update(dsl, changed.stream().map(rows::get).toList());
            }
            writeBeside();
            return true;
        }

        /** Writes what modules keep beside the rows in the entries' order, each module's consecutive values at once. */
        private void writeBeside() {
            int start = 0;
            while (start < besideWrites.size()) {
                BesideWrite first = besideWrites.get(start);
                int end = start + 1;
                if (first.link() == null) {
                    while (end < besideWrites.size() && first.setsLike(besideWrites.get(end))) {
                        end++;
                    }
                    first.keeper().setAll(dsl, entity.name(), besideWrites.subList(start, end).stream().map(BesideWrite::value).toList());
                } else {
                    first.link().run();
                }
                start = end;
            }
        }

        private void apply(EntryApplier.Change change) {
            UUID id = change.recordId();
            if (change.operation() == JournalOperation.CREATE) {
                if (EntryApplier.isOrphan(entity, change, missingParents)) {
                    // not made, as one by one: its later changes find no row
                    return;
                }
                List<Map.Entry<String, JsonNode>> beside = new ArrayList<>();
                UpdatableRecord<?> row = applier.newRow(dsl, entity, change, beside);
                rows.put(id, row);
                created.put(id, row);
                beside.forEach(field -> besideWrites.add(new BesideWrite(keeperOf(field.getKey()),
                        new SideValues.Value(id, field.getKey(), field.getValue()), null)));
                return;
            }
            UpdatableRecord<?> row = rows.get(id);
            if (row == null) {
                return;
            }
            SideValues keeper = keeperOf(change.field());
            if (change.operation() == JournalOperation.LINK || change.operation() == JournalOperation.UNLINK) {
                if (keeper == null) {
                    throw new IllegalStateException("No module keeps the links " + entity.name() + "." + change.field());
                }
                UUID linked = JournalValues.as(change.value(), UUID.class);
                boolean link = change.operation() == JournalOperation.LINK;
                besideWrites.add(new BesideWrite(keeper, null, () -> keeper.link(dsl, entity.name(), id, change.field(), linked, link)));
                EntryApplier.moveClock(row, change);
            } else if (keeper != null) {
                besideWrites.add(new BesideWrite(keeper, new SideValues.Value(id, change.field(), change.value()), null));
                EntryApplier.moveClock(row, change);
            } else if (entity.isSecret(change.field())) {
                EntryApplier.moveClock(row, change);
            } else {
                EntryApplier.changeOwnField(entity, row, change);
            }
            changed.add(id);
        }

        private SideValues keeperOf(String field) {
            return registry.keeperOf(entity.name(), field);
        }
    }

    /** A value a module keeps beside a row, to set, or a link to make or remove. */
    private record BesideWrite(SideValues keeper, SideValues.Value value, Runnable link) {

        boolean setsLike(BesideWrite other) {
            return link == null && other.link == null && keeper == other.keeper;
        }
    }
}
