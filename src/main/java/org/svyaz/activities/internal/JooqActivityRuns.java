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
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.activities.PlannedActivity;
import org.svyaz.journal.IdLists;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.ActivityContactRecord;
import org.svyaz.schema.tables.records.ActivityRecord;

/** The activities of series runs in their tables, written in batches through the journal. */
@Repository
public class JooqActivityRuns {

    private static final String CONTACT_ENTITY = "activityContact";
    /** Activities erased per round when a run is undone, so that memory stays small for any run. */
    private static final int ERASE_BATCH = 5000;

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

    /** Erases the run's open activities with their contact links, a batch at a time; returns how many. */
    public int deleteOpen(UUID runId) {
        refreshStatistics();
        int erased = 0;
        List<UUID> batch = openBatch(runId, null);
        while (!batch.isEmpty()) {
            Map<UUID, UUID> activityOfLink = new HashMap<>();
            int listSize = IdLists.size(dsl);
            for (int from = 0; from < batch.size(); from += listSize) {
                dsl.select(ACTIVITY_CONTACT.ID, ACTIVITY_CONTACT.ACTIVITY_ID).from(ACTIVITY_CONTACT)
                        .where(ACTIVITY_CONTACT.ACTIVITY_ID.in(batch.subList(from, Math.min(batch.size(), from + listSize))))
                        .forEach(link -> activityOfLink.put(link.value1(), link.value2()));
            }
            writes.deleteAll(CONTACT_ENTITY, ACTIVITY_CONTACT, List.copyOf(activityOfLink.keySet()), activityOfLink::get);
            writes.deleteAll(JooqActivities.ENTITY, ACTIVITY, batch, activity -> null);
            erased += batch.size();
            batch = batch.size() < ERASE_BATCH ? List.of() : openBatch(runId, batch.get(batch.size() - 1));
        }
        return erased;
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

    /**
     * A run is often undone soon after it was scheduled, before PostgreSQL's autovacuum has
     * counted its rows; without that, the planner takes the run for a handful of rows and reads
     * all of them (or all links) for every batch. ANALYZE (about a second for large tables) lets
     * it walk the indexes instead. H2 keeps exact row counts and needs no such step.
     */
    private void refreshStatistics() {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("analyze activity, activity_contact");
        }
    }

    /**
     * The next open activities of the run by id, after {@code after} (null: from the first): the
     * erased ones before it stay in the index until the transaction ends, and are not read again.
     */
    private List<UUID> openBatch(UUID runId, UUID after) {
        return dsl.select(ACTIVITY.ID).from(ACTIVITY)
                .where(ACTIVITY.SERIES_RUN_ID.eq(runId)).and(after == null ? DSL.trueCondition() : ACTIVITY.ID.gt(after))
                .and(ACTIVITY.CLEARED_AT.isNull())
                .orderBy(ACTIVITY.ID)
                .limit(ERASE_BATCH)
                .fetch(ACTIVITY.ID);
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
