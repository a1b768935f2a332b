package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_TYPE;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.activities.ActivityType;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.ActivityTypeRecord;

/** Activity types in the {@code activity_type} table; every write goes through the journal. */
@Repository
public class JooqActivityTypes {

    private static final String ENTITY = "activityType";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqActivityTypes(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** The built-ins first, then the others by name. */
    public List<ActivityType> all() {
        return dsl.selectFrom(ACTIVITY_TYPE).orderBy(ACTIVITY_TYPE.BUILT_IN.desc(), ACTIVITY_TYPE.NAME, ACTIVITY_TYPE.CODE)
                .fetch(JooqActivityTypes::toType);
    }

    public Optional<ActivityType> byCode(String code) {
        return code == null ? Optional.empty()
                : dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.CODE.eq(code)).fetchOptional(JooqActivityTypes::toType);
    }

    public Optional<ActivityType> byId(UUID id) {
        return dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(id)).fetchOptional(JooqActivityTypes::toType);
    }

    public ActivityType insert(String code, String name, String color, int defaultDuration, Integer defaultAlarm) {
        ActivityTypeRecord record = dsl.newRecord(ACTIVITY_TYPE);
        record.setCode(code);
        record.setName(name);
        record.setColor(color);
        record.setDefaultDuration(defaultDuration);
        record.setDefaultAlarm(defaultAlarm);
        record.setBuiltIn(false);
        return toType(writes.insert(ENTITY, record, null));
    }

    public ActivityType update(UUID id, String name, String color, int defaultDuration, Integer defaultAlarm, long expectedVersion) {
        ActivityTypeRecord record = dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(id)).fetchSingle();
        record.setName(name);
        record.setColor(color);
        record.setDefaultDuration(defaultDuration);
        record.setDefaultAlarm(defaultAlarm);
        writes.update(ENTITY, record, expectedVersion, null);
        return toType(record);
    }

    public boolean inUse(String code) {
        return dsl.fetchExists(ACTIVITY, ACTIVITY.TYPE_CODE.eq(code));
    }

    public void delete(UUID id) {
        writes.delete(ENTITY, dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(id)).fetchSingle(), null);
    }

    private static ActivityType toType(ActivityTypeRecord r) {
        return new ActivityType(r.getId(), r.getCode(), r.getName(), r.getColor(), r.getDefaultDuration(), r.getDefaultAlarm(),
                r.getBuiltIn(), r.getVersion());
    }
}
