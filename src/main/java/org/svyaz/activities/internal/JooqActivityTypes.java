package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_TYPE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final long FRESH_NANOS = 1_000_000_000L;

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private volatile Codes codes = new Codes(Map.of(), Map.of(), 0);

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
        ActivityType inserted = toType(writes.insert(ENTITY, record, null));
        forgetCodes();
        return inserted;
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

    public boolean inUse(UUID id) {
        return dsl.fetchExists(ACTIVITY, ACTIVITY.TYPE_ID.eq(id));
    }

    public void delete(UUID id) {
        writes.delete(ENTITY, dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(id)).fetchSingle(), null);
        forgetCodes();
    }

    /** Gives a type a new code (a name clash between databases), through the journal. */
    public void recode(UUID id, String code) {
        ActivityTypeRecord record = dsl.selectFrom(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(id)).fetchSingle();
        long version = record.getVersion();
        record.setCode(code);
        writes.update(ENTITY, record, version, null);
        forgetCodes();
    }

    /**
     * The code of the type an activity refers to by id, as the API names it. Read on every
     * activity shown, so the few types are kept for a second (a change made here shows at once).
     */
    public String codeOf(UUID typeId) {
        String code = freshCodes().byId().get(typeId);
        if (code == null) {
            code = readCodes().byId().get(typeId);
        }
        if (code == null) {
            throw new IllegalStateException("An activity refers to no type: " + typeId);
        }
        return code;
    }

    /** The id of the type with this code, which the caller checked exists. */
    public UUID idOf(String code) {
        UUID id = freshCodes().byCode().get(code);
        if (id == null) {
            id = readCodes().byCode().get(code);
        }
        if (id == null) {
            throw new IllegalArgumentException("No activity type has the code " + code);
        }
        return id;
    }

    private Codes freshCodes() {
        Codes kept = codes;
        return System.nanoTime() - kept.readAt() < FRESH_NANOS ? kept : readCodes();
    }

    private Codes readCodes() {
        Map<UUID, String> byId = new HashMap<>();
        Map<String, UUID> byCode = new HashMap<>();
        dsl.select(ACTIVITY_TYPE.ID, ACTIVITY_TYPE.CODE).from(ACTIVITY_TYPE).forEach(row -> {
            byId.put(row.value1(), row.value2());
            byCode.put(row.value2(), row.value1());
        });
        Codes read = new Codes(Map.copyOf(byId), Map.copyOf(byCode), System.nanoTime());
        codes = read;
        return read;
    }

    private void forgetCodes() {
        codes = new Codes(Map.of(), Map.of(), 0);
    }

    private record Codes(Map<UUID, String> byId, Map<String, UUID> byCode, long readAt) {
    }

    private static ActivityType toType(ActivityTypeRecord r) {
        return new ActivityType(r.getId(), r.getCode(), r.getName(), r.getColor(), r.getDefaultDuration(), r.getDefaultAlarm(),
                r.getBuiltIn(), r.getVersion());
    }
}
