package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.TASK_LIST_FILTER;

import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.TaskListFilterRecord;

/** Each user's remembered task list filter, as JSON text; written through the journal like any record. */
@Repository
public class JooqTaskListFilters {

    private static final String ENTITY = "taskListFilter";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqTaskListFilters(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public Optional<String> of(UUID userId) {
        return dsl.select(TASK_LIST_FILTER.SETTINGS).from(TASK_LIST_FILTER).where(TASK_LIST_FILTER.USER_ID.eq(userId))
                .fetchOptional(TASK_LIST_FILTER.SETTINGS);
    }

    public void remember(UUID userId, String settings) {
        Optional<TaskListFilterRecord> existing = dsl.selectFrom(TASK_LIST_FILTER).where(TASK_LIST_FILTER.USER_ID.eq(userId))
                .fetchOptional();
        if (existing.isEmpty()) {
            TaskListFilterRecord record = dsl.newRecord(TASK_LIST_FILTER);
            record.setUserId(userId);
            record.setSettings(settings);
            writes.insert(ENTITY, record, userId);
            return;
        }
        TaskListFilterRecord record = existing.get();
        record.setSettings(settings);
        writes.update(ENTITY, record, record.getVersion(), userId);
    }
}
