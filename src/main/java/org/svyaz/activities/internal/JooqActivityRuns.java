package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Row1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Access;
import org.svyaz.activities.PlannedActivity;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.ActivityRecord;

/**
 * The activities of series runs in their tables, written by set-based statements through the
 * journal, so that a run for a hundred thousand contacts takes neither a round trip nor a record
 * in memory per activity.
 */
@Repository
public class JooqActivityRuns {

    /** Digits of the counter that ends a run's activity ids (see {@link StepIds}). */
    private static final int COUNTER_DIGITS = 12;

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final JooqActivityContacts members;
    private final AlarmTimes alarms;
    private final JooqActivityTypes types;

    JooqActivityRuns(DSLContext dsl, JournaledWrites writes, JooqActivityContacts members, AlarmTimes alarms, JooqActivityTypes types) {
        this.dsl = dsl;
        this.writes = writes;
        this.members = members;
        this.alarms = alarms;
        this.types = types;
    }

    /** What a run created. */
    public record Inserted(int contacts, int activities) {
    }

    /**
     * Inserts the plan for each contact that {@code contacts} (a condition on the contact table)
     * selects, one contact per activity. The memberships come first, all steps in one statement,
     * so that every step reaches the same contacts even while others add or delete some; each
     * step's activities are then inserted from its memberships, and journaled.
     */
    public Inserted insert(UUID runId, UUID ownerId, UUID scheduledBy, List<PlannedActivity> plan, Map<String, String> colors,
            Condition contacts, ZoneId zone, ZoneId ownerZone) {
        List<StepIds> steps = plan.stream().map(planned -> StepIds.next()).toList();
        // in no particular order: the ids are made once, here, and the contacts read in the table's order
        Field<Integer> ordinal = DSL.rowNumber().over().as("ordinal");
        Table<?> targets = DSL.select(CONTACT.ID, ordinal).from(CONTACT).where(contacts).asTable("targets");
        Table<?> prefixes = DSL.values(steps.stream().map(step -> DSL.row(step.prefix())).toArray(Row1[]::new)).as("steps", "prefix");
        Field<UUID> activityId = DSL.concat(prefixes.field("prefix", String.class),
                DSL.lpad(targets.field(ordinal).cast(SQLDataType.VARCHAR), COUNTER_DIGITS, "0")).cast(SQLDataType.UUID);
        Query links = members.addingSelected(DSL.select(activityId, targets.field(CONTACT.ID), DSL.val(0)).from(targets)
                .crossJoin(prefixes));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int activities = 0;
        int contactsReached = 0;
        for (int i = 0; i < plan.size(); i++) {
            PlannedActivity planned = plan.get(i);
            ActivityRecord template = template(runId, ownerId, scheduledBy, planned, colors.get(planned.type()), zone, ownerZone, now);
            // the memberships of every step are written with the first step's activities, by the journal
            int inserted = writes.insertFrom(JooqActivities.ENTITY, template, ACTIVITY_CONTACT, ACTIVITY_CONTACT.ACTIVITY_ID,
                    ACTIVITY_CONTACT.ACTIVITY_ID.between(steps.get(i).first(), steps.get(i).last()),
                    Map.of(JooqActivities.CONTACTS, ACTIVITY_CONTACT.CONTACT_ID), i == 0 ? new Query[] {links} : new Query[0]);
            if (i == 0) {
                contactsReached = inserted;
            }
            activities += inserted;
        }
        return new Inserted(contactsReached, activities);
    }

    /**
     * The run's open activities that someone limited to teams or users since the run made them
     * (it makes them public or private): few, whatever the size of the run.
     */
    public List<UUID> openLimited(UUID runId) {
        return dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(ACTIVITY.SERIES_RUN_ID.eq(runId)).and(ACTIVITY.CLEARED_AT.isNull())
                .and(ACTIVITY.ACCESS.eq(Access.LIMITED.name()))
                .fetch(ACTIVITY.ID);
    }

    /**
     * Erases the run's open activities with their memberships, by set-based statements (the
     * tombstones, then the rows), so that neither time nor memory goes into the ids of a large
     * run; returns how many activities.
     */
    public int deleteOpen(UUID runId) {
        return writes.deleteWhere(JooqActivities.ENTITY, ACTIVITY, ACTIVITY.SERIES_RUN_ID.eq(runId).and(ACTIVITY.CLEARED_AT.isNull()),
                null, List.of(ACTIVITY_CONTACT.ACTIVITY_ID));
    }

    /**
     * The ids of one step's activities in a run: a fresh record id's first 20 hex digits (its
     * time, and a part no other id made here shares), then a 12-digit counter in decimal, the
     * contact's ordinal in the run. Decimal digits are hex digits too, so the ids are valid UUIDs,
     * unique, in the order the contacts were read, and the step's activities are exactly those from
     * {@link #first} to {@link #last}; both databases make them with the same string functions.
     */
    private record StepIds(String prefix) {

        static StepIds next() {
            return new StepIds(RecordIds.next().toString().replace("-", "").substring(0, 32 - COUNTER_DIGITS));
        }

        UUID first() {
            return idOf("0".repeat(COUNTER_DIGITS));
        }

        UUID last() {
            return idOf("9".repeat(COUNTER_DIGITS));
        }

        private UUID idOf(String counter) {
            String hex = prefix + counter;
            return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        }
    }

    public Map<UUID, Integer> openCounts(Collection<UUID> runIds) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        dsl.select(ACTIVITY.SERIES_RUN_ID, DSL.count()).from(ACTIVITY)
                .where(ACTIVITY.SERIES_RUN_ID.in(runIds)).and(ACTIVITY.CLEARED_AT.isNull())
                .groupBy(ACTIVITY.SERIES_RUN_ID)
                .forEach(row -> counts.put(row.value1(), row.value2()));
        return counts;
    }

    public Map<UUID, Integer> contactsReached(Collection<UUID> runIds, Condition contacts) {
        Map<UUID, Integer> reached = new HashMap<>();
        if (runIds.isEmpty()) {
            return reached;
        }
        dsl.select(ACTIVITY.SERIES_RUN_ID, DSL.countDistinct(ACTIVITY_CONTACT.CONTACT_ID)).from(ACTIVITY)
                .join(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(ACTIVITY.SERIES_RUN_ID.in(runIds))
                .and(ACTIVITY_CONTACT.CONTACT_ID.in(DSL.select(CONTACT.ID).from(CONTACT).where(contacts)))
                .groupBy(ACTIVITY.SERIES_RUN_ID)
                .forEach((Record2<UUID, Integer> row) -> reached.put(row.value1(), row.value2()));
        return reached;
    }

    /** The activity a step creates for every contact, but for its id. */
    private ActivityRecord template(UUID runId, UUID ownerId, UUID scheduledBy, PlannedActivity planned, String color, ZoneId zone,
            ZoneId ownerZone, OffsetDateTime now) {
        ValidActivity timeless = new ValidActivity(planned.type(), planned.date(), null, planned.durationMinutes(), List.of(),
                planned.regarding(), "", planned.priority(), color, planned.alarmMinutesBefore(), ownerId, null, RecordAccess.PUBLIC, null, zone,
                ownerZone);
        ActivityRecord record = dsl.newRecord(ACTIVITY);
        record.setTypeId(types.idOf(planned.type()));
        record.setActivityDate(planned.date());
        record.setTimeZone(zone.getId());
        record.setDurationMinutes(planned.durationMinutes());
        record.setStartsAt(timeless.startsAt());
        record.setEndsAt(timeless.endsAt());
        record.setOwnerId(ownerId);
        record.setScheduledBy(scheduledBy);
        record.setRegarding(planned.regarding());
        record.setDetails("");
        record.setPriority(planned.priority().name());
        record.setColor(color);
        record.setAlarmMinutes(planned.alarmMinutesBefore());
        record.setAlarmAt(alarms.alarmAt(timeless));
        record.setAccess(Access.PUBLIC.name());
        record.setResultNotes("");
        record.setSeriesRunId(runId);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        return record;
    }
}
