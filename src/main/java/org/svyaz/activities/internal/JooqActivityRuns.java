package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.activities.PlannedActivity;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.ActivityContactRecord;
import org.svyaz.schema.tables.records.ActivityRecord;

/** The activities of series runs in their tables, written in batches through the journal. */
@Repository
public class JooqActivityRuns {

    private static final String CONTACT_ENTITY = "activityContact";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqActivityRuns(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** Inserts the plan for each contact, one contact per activity; returns how many activities. */
    public int insert(UUID runId, UUID ownerId, UUID scheduledBy, List<PlannedActivity> plan, Map<String, String> colors,
            List<UUID> contactIds, ZoneId zone) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ActivityRecord> activities = new ArrayList<>(plan.size() * contactIds.size());
        List<ActivityContactRecord> links = new ArrayList<>(plan.size() * contactIds.size());
        for (UUID contactId : contactIds) {
            for (PlannedActivity planned : plan) {
                ActivityRecord activity = newRecord(runId, ownerId, scheduledBy, planned, colors.get(planned.type()), zone, now);
                activities.add(activity);
                ActivityContactRecord link = dsl.newRecord(ACTIVITY_CONTACT);
                link.setActivityId(activity.getId());
                link.setContactId(contactId);
                links.add(link);
            }
        }
        writes.insertAll(JooqActivities.ENTITY, activities, activity -> null);
        writes.insertAll(CONTACT_ENTITY, links, ActivityContactRecord::getActivityId);
        return activities.size();
    }

    /**
     * Erases the run's open activities with their contact links, each table in two set-based
     * statements (tombstones, then the rows), so that neither time nor memory goes into the
     * ids of a large run; returns how many activities.
     */
    public int deleteOpen(UUID runId) {
        Condition open = ACTIVITY.SERIES_RUN_ID.eq(runId).and(ACTIVITY.CLEARED_AT.isNull());
        writes.deleteWhere(CONTACT_ENTITY, ACTIVITY_CONTACT,
                ACTIVITY_CONTACT.ACTIVITY_ID.in(DSL.select(ACTIVITY.ID).from(ACTIVITY).where(open)), ACTIVITY_CONTACT.ACTIVITY_ID);
        return writes.deleteWhere(JooqActivities.ENTITY, ACTIVITY, open, null);
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

    private ActivityRecord newRecord(UUID runId, UUID ownerId, UUID scheduledBy, PlannedActivity planned, String color, ZoneId zone,
            OffsetDateTime now) {
        ValidActivity timeless = new ValidActivity(planned.type(), planned.date(), null, planned.durationMinutes(), List.of(),
                planned.regarding(), "", planned.priority(), color, planned.alarmMinutesBefore(), ownerId, null, false, null);
        ActivityRecord record = dsl.newRecord(ACTIVITY);
        record.setId(RecordIds.next());
        record.setTypeCode(planned.type());
        record.setActivityDate(planned.date());
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
        record.setAlarmAt(JooqActivities.alarmAt(timeless, zone));
        record.setIsPrivate(false);
        record.setResultNotes("");
        record.setSeriesRunId(runId);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        return record;
    }
}
