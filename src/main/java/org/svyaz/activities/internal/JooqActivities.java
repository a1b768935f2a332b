package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.ACTIVITY_SERIES;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Access;
import org.svyaz.access.Visibility;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityNotFound;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.schema.tables.records.ActivityContactRecord;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.schema.tables.records.ActivitySeriesRecord;

/** Activities, their contacts and series in their tables; every write goes through the journal. */
@Repository
public class JooqActivities {

    static final String ENTITY = "activity";
    /** The journal's name for an activity's contacts: memberships of the activity, journaled with it. */
    static final String CONTACTS = "contacts";
    private static final int PAGE = 1000;
    private static final String SERIES_ENTITY = "activitySeries";

    private final DSLContext dsl;
    private final JournaledWrites writes;
    private final JooqActivityContacts members;
    private final AlarmTimes alarms;
    private final JooqActivityTypes types;

    JooqActivities(DSLContext dsl, JournaledWrites writes, JooqActivityContacts members, AlarmTimes alarms, JooqActivityTypes types) {
        this.dsl = dsl;
        this.writes = writes;
        this.members = members;
        this.alarms = alarms;
        this.types = types;
    }

    /**
     * The ids of those of these activities that the viewer may not see, as {@link Visibility}
     * decides: to them each is "busy", it exists but its contents do not show. Only activities
     * that are not public and not the viewer's are asked about, in one query.
     */
    public Set<UUID> hiddenFrom(Collection<ActivityRecord> records, UUID viewer) {
        List<UUID> doubtful = records.stream()
                .filter(r -> !Access.PUBLIC.name().equals(r.getAccess()) && !r.getOwnerId().equals(viewer))
                .map(ActivityRecord::getId).toList();
        if (doubtful.isEmpty()) {
            return Set.of();
        }
        Set<UUID> visible = new HashSet<>(dsl.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.ID.in(doubtful))
                .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID)).fetch(ACTIVITY.ID));
        return doubtful.stream().filter(id -> !visible.contains(id)).collect(Collectors.toSet());
    }

    /** Those of the activities that exist and the viewer may see, as {@link Visibility} decides. */
    public Set<UUID> visibleIds(Collection<UUID> ids, UUID viewer) {
        return new HashSet<>(dsl.select(ACTIVITY.ID).from(ACTIVITY).where(ACTIVITY.ID.in(ids))
                .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID)).fetch(ACTIVITY.ID));
    }

    /** Inserts the activities (one, or the occurrences of a series) with their contacts; returns their ids in order. */
    public List<UUID> insertAll(List<ValidActivity> activities, UUID seriesId, UUID scheduledBy) {
        return insertAll(activities, seriesId, scheduledBy, null);
    }

    /** As {@link #insertAll(List, UUID, UUID)}, each activity remembering the calendar event it was imported from. */
    public List<UUID> insertAll(List<ValidActivity> activities, UUID seriesId, UUID scheduledBy, String importUid) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ActivityRecord> records = new ArrayList<>();
        for (ValidActivity activity : activities) {
            ActivityRecord record = newRecord(activity, seriesId, scheduledBy, now);
            record.setImportUid(importUid);
            records.add(record);
        }
        insertWithContacts(records, activities);
        return records.stream().map(ActivityRecord::getId).toList();
    }

    /**
     * Inserts generated activities (benchmark data), those flagged cleared as completed on their
     * own date; no history is written for them.
     */
    public void insertGenerated(List<ValidActivity> activities, List<Boolean> cleared) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<ActivityRecord> records = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityRecord record = newRecord(activities.get(i), null, activities.get(i).ownerId(), now);
            if (cleared.get(i)) {
                record.setClearedAt(record.getStartsAt().atOffset(ZoneOffset.UTC));
                record.setClearedBy(record.getOwnerId());
                record.setResult(ClearResult.COMPLETED.name());
                record.setAlarmAt(null);
            }
            records.add(record);
        }
        insertWithContacts(records, activities);
    }

    /** Inserts the records, each with the contacts of its activity (the same position in the lists). */
    private void insertWithContacts(List<ActivityRecord> records, List<ValidActivity> activities) {
        Map<UUID, List<UUID>> contacts = new HashMap<>();
        List<ActivityContactRecord> links = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            contacts.put(records.get(i).getId(), activities.get(i).contactIds());
            links.addAll(members.rows(records.get(i).getId(), activities.get(i).contactIds(), 0));
        }
        writes.insertAll(ENTITY, records, record -> null, record -> Map.of(CONTACTS, contacts.get(record.getId())), links);
    }

    /** Keeps the rule of a new series; its occurrences are inserted after it. */
    public UUID insertSeries(Recurrence rule, LocalDate start, UUID ownerId) {
        ActivitySeriesRecord series = dsl.newRecord(ACTIVITY_SERIES);
        series.setFrequency(rule.frequency().name());
        series.setRepeatEvery(rule.every());
        series.setWeekdays(rule.weekdays() == null ? "" : rule.weekdays().stream().sorted().map(Enum::name)
                .collect(Collectors.joining(",")));
        series.setMonthlyBy(rule.monthlyBy() == null ? null : rule.monthlyBy().name());
        series.setWeekOfMonth(rule.weekOfMonth());
        series.setStartDate(start);
        series.setUntilDate(rule.until());
        series.setOccurrences(rule.count());
        series.setOwnerId(ownerId);
        return writes.insert(SERIES_ENTITY, series, null).getId();
    }

    /** Writes the activity's new fields (and contacts), provided it is still at the expected version. */
    public void update(ActivityRecord record, ValidActivity activity, long expectedVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        apply(record, activity, now);
        writes.update(ENTITY, record, expectedVersion, null);
        replaceContacts(record.getId(), activity.contactIds());
    }

    /** Writes changed fields of the record as they were set on it (alarm state, clearing). */
    public void write(ActivityRecord record, long expectedVersion) {
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, record, expectedVersion, null);
    }

    public void delete(ActivityRecord record) {
        writes.delete(ENTITY, record, null, members.removingAllOf(record.getId()));
    }

    /** Deletes a series' rule once its occurrences are gone. */
    public void deleteSeries(UUID seriesId) {
        dsl.selectFrom(ACTIVITY_SERIES).where(ACTIVITY_SERIES.ID.eq(seriesId)).fetchOptional()
                .ifPresent(series -> writes.delete(SERIES_ENTITY, series, null));
    }

    /** A deleted contact leaves the activities it was in; activities with nobody else stay, as personal ones. */
    public void unlinkContact(UUID contactId) {
        members.ofContact(contactId).forEach(link -> writes.link(ENTITY, link.getActivityId(), CONTACTS, contactId, false,
                members.removing(link.getActivityId(), List.of(contactId))));
    }

    /**
     * Moves every activity of one type to another, each a journaled change of the activity (a
     * merge of two types), a page at a time so that any number of activities fits in memory.
     *
     * @return how many activities moved
     */
    public int replaceType(UUID fromTypeId, UUID toTypeId) {
        int moved = 0;
        List<ActivityRecord> page;
        do {
            page = dsl.selectFrom(ACTIVITY).where(ACTIVITY.TYPE_ID.eq(fromTypeId)).orderBy(ACTIVITY.ID).limit(PAGE).fetch();
            for (ActivityRecord record : page) {
                long version = record.getVersion();
                record.setTypeId(toTypeId);
                writes.update(ENTITY, record, version, null);
            }
            moved += page.size();
        } while (page.size() == PAGE);
        return moved;
    }

    public Optional<ActivityRecord> find(UUID activityId) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.ID.eq(activityId)).fetchOptional();
    }

    public ActivityRecord fetch(UUID activityId) {
        return find(activityId).orElseThrow(ActivityNotFound::new);
    }

    /** The open occurrences of a series, by date. */
    public List<ActivityRecord> openOfSeries(UUID seriesId) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.SERIES_ID.eq(seriesId)).and(ACTIVITY.CLEARED_AT.isNull())
                .orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.ID).fetch();
    }

    public List<ActivityRecord> allOfSeries(UUID seriesId) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.SERIES_ID.eq(seriesId)).fetch();
    }

    /**
     * The ids of the owner's open timed activities that overlap one of the given spans, other than
     * those excluded. Activities last at most 31 days, so only those starting that much earlier are read.
     */
    public List<UUID> overlapping(UUID ownerId, List<ValidActivity> spans, Collection<UUID> excluded) {
        List<ValidActivity> timed = spans.stream().filter(span -> span.time() != null).toList();
        if (timed.isEmpty()) {
            return List.of();
        }
        LocalDateTime first = timed.stream().map(ValidActivity::startsAt).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime last = timed.stream().map(ValidActivity::endsAt).max(LocalDateTime::compareTo).orElseThrow();
        Condition notExcluded = excluded.isEmpty() ? DSL.trueCondition() : ACTIVITY.ID.notIn(excluded);
        var candidates = dsl.select(ACTIVITY.ID, ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT).from(ACTIVITY)
                .where(ACTIVITY.OWNER_ID.eq(ownerId))
                .and(ACTIVITY.STARTS_AT.ge(first.minusDays(32))).and(ACTIVITY.STARTS_AT.lt(last))
                .and(ACTIVITY.START_TIME.isNotNull()).and(ACTIVITY.CLEARED_AT.isNull()).and(notExcluded)
                .orderBy(ACTIVITY.STARTS_AT, ACTIVITY.ID)
                .fetch();
        return candidates.stream()
                .filter(other -> timed.stream().anyMatch(span -> other.value2().isBefore(span.endsAt())
                        && other.value3().isAfter(span.startsAt())))
                .map(other -> other.value1())
                .toList();
    }

    /** The contacts of each activity. */
    public Map<UUID, List<UUID>> contactsOf(Collection<UUID> activityIds) {
        Map<UUID, List<UUID>> contacts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return contacts;
        }
        dsl.select(ACTIVITY_CONTACT.ACTIVITY_ID, ACTIVITY_CONTACT.CONTACT_ID).from(ACTIVITY_CONTACT)
                .where(ACTIVITY_CONTACT.ACTIVITY_ID.in(activityIds))
                .orderBy(JooqActivityContacts.ORDER)
                .forEach(row -> contacts.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        return contacts;
    }

    /** The owner's activities with the contact that were imported from the calendar event of this UID, by start. */
    public List<ActivityRecord> imported(UUID ownerId, UUID contactId, String importUid) {
        return dsl.select(ACTIVITY.fields()).from(ACTIVITY)
                .join(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(ACTIVITY.IMPORT_UID.eq(importUid)).and(ACTIVITY.OWNER_ID.eq(ownerId))
                .and(ACTIVITY_CONTACT.CONTACT_ID.eq(contactId))
                .orderBy(ACTIVITY.STARTS_AT, ACTIVITY.ID)
                .fetchInto(ACTIVITY);
    }

    /** The activities the viewer may see of a contact: others' private ones would tell with whom, so they are left out. */
    public List<ActivityRecord> ofContact(UUID contactId, UUID viewer, boolean includeCleared) {
        return dsl.select(ACTIVITY.fields()).from(ACTIVITY)
                .join(ACTIVITY_CONTACT).on(ACTIVITY_CONTACT.ACTIVITY_ID.eq(ACTIVITY.ID))
                .where(ACTIVITY_CONTACT.CONTACT_ID.eq(contactId))
                .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID))
                .and(includeCleared ? DSL.trueCondition() : ACTIVITY.CLEARED_AT.isNull())
                .orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.START_TIME, ACTIVITY.ID)
                .limit(1000)
                .fetchInto(ACTIVITY);
    }

    /**
     * The activities of a group, and with {@code withMembers} those of its members the viewer
     * sees, that the viewer may see (others' private ones left out).
     */
    public List<ActivityRecord> ofGroup(UUID groupId, boolean withMembers, UUID viewer, boolean includeCleared) {
        Condition ofMembers = !withMembers ? DSL.falseCondition()
                : ACTIVITY.ID.in(DSL.select(ACTIVITY_CONTACT.ACTIVITY_ID).from(ACTIVITY_CONTACT)
                        .join(GROUP_MEMBER).on(GROUP_MEMBER.CONTACT_ID.eq(ACTIVITY_CONTACT.CONTACT_ID))
                        .join(CONTACT).on(CONTACT.ID.eq(ACTIVITY_CONTACT.CONTACT_ID))
                        .where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                        .and(GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.BY_RULE.isTrue())).and(GROUP_MEMBER.EXCLUDED.isFalse())
                        .and(Visibility.visibleTo(viewer, CONTACT.ACCESS, CONTACT.RECORD_MANAGER_ID, CONTACT.ID)));
        return dsl.selectFrom(ACTIVITY)
                .where(ACTIVITY.GROUP_ID.eq(groupId).or(ofMembers))
                .and(Visibility.visibleTo(viewer, ACTIVITY.ACCESS, ACTIVITY.OWNER_ID, ACTIVITY.ID))
                .and(includeCleared ? DSL.trueCondition() : ACTIVITY.CLEARED_AT.isNull())
                .orderBy(ACTIVITY.ACTIVITY_DATE, ACTIVITY.START_TIME, ACTIVITY.ID)
                .limit(1000)
                .fetch();
    }

    /** The owner's open activities whose alarm is due, the longest due first. */
    public List<ActivityRecord> dueAlarms(UUID ownerId, OffsetDateTime now) {
        return dsl.selectFrom(ACTIVITY).where(ACTIVITY.OWNER_ID.eq(ownerId)).and(ACTIVITY.ALARM_AT.le(now))
                .and(ACTIVITY.CLEARED_AT.isNull())
                .orderBy(ACTIVITY.ALARM_AT, ACTIVITY.ID)
                .limit(100)
                .fetch();
    }

    /** The code of the activity's type, as the API names it. */
    public String typeCode(ActivityRecord record) {
        return types.codeOf(record.getTypeId());
    }

    public Activity toActivity(ActivityRecord r, List<UUID> contactIds) {
        return new Activity(r.getId(), typeCode(r), r.getActivityDate(), r.getStartTime(), r.getDurationMinutes(),
                ZoneId.of(r.getTimeZone()),
                contactIds == null ? List.of() : List.copyOf(contactIds), r.getRegarding(), r.getDetails(),
                Priority.valueOf(r.getPriority()), r.getColor(), r.getAlarmMinutes(), r.getAlarmAt(), r.getOwnerId(),
                r.getScheduledBy(), r.getGroupId(), RecordAccess.of(Access.valueOf(r.getAccess())), r.getSeriesId(), r.getClearedAt(), r.getClearedBy(),
                r.getResult() == null ? null : ClearResult.valueOf(r.getResult()), r.getResultNotes(), false, r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }

    /** The activities as the viewer sees them: with their contacts, others' private ones as busy. */
    public List<Activity> toActivities(List<ActivityRecord> records, UUID viewer) {
        Set<UUID> hidden = hiddenFrom(records, viewer);
        Map<UUID, List<UUID>> contacts = contactsOf(records.stream().map(ActivityRecord::getId).filter(id -> !hidden.contains(id))
                .toList());
        return records.stream()
                .map(r -> hidden.contains(r.getId()) ? toActivity(r, List.of()).asBusy() : toActivity(r, contacts.get(r.getId())))
                .toList();
    }

    private ActivityRecord newRecord(ValidActivity activity, UUID seriesId, UUID scheduledBy, OffsetDateTime now) {
        ActivityRecord record = dsl.newRecord(ACTIVITY);
        record.setId(RecordIds.next());
        record.setScheduledBy(scheduledBy);
        record.setSeriesId(seriesId);
        record.setCreatedAt(now);
        // a multi-row insert writes every column, so the table's defaults do not apply
        record.setResultNotes("");
        apply(record, activity, now);
        return record;
    }

    private void replaceContacts(UUID activityId, List<UUID> contactIds) {
        List<ActivityContactRecord> existing = members.of(activityId);
        Set<UUID> wanted = Set.copyOf(contactIds);
        Set<UUID> present = existing.stream().map(ActivityContactRecord::getContactId).collect(Collectors.toSet());
        List<UUID> removed = present.stream().filter(id -> !wanted.contains(id)).toList();
        List<UUID> added = contactIds.stream().filter(id -> !present.contains(id)).toList();
        if (!removed.isEmpty()) {
            writes.linkAll(ENTITY, activityId, CONTACTS, removed, false, members.removing(activityId, removed));
        }
        if (!added.isEmpty()) {
            writes.linkAll(ENTITY, activityId, CONTACTS, added, true, members.adding(activityId, added));
        }
    }

    private void apply(ActivityRecord record, ValidActivity activity, OffsetDateTime now) {
        // a new start or lead time arms the alarm again; other changes leave a snoozed or dismissed one alone
        boolean rearm = record.getStartsAt() == null || !activity.startsAt().equals(record.getStartsAt())
                || !Objects.equals(record.getAlarmMinutes(), activity.alarmMinutes());
        record.setTypeId(types.idOf(activity.type()));
        record.setActivityDate(activity.date());
        record.setStartTime(activity.time());
        record.setTimeZone(activity.zone().getId());
        record.setDurationMinutes(activity.durationMinutes());
        record.setStartsAt(activity.startsAt());
        record.setEndsAt(activity.endsAt());
        record.setOwnerId(activity.ownerId());
        record.setRegarding(activity.regarding());
        record.setDetails(activity.details());
        record.setPriority(activity.priority().name());
        record.setColor(activity.color());
        if (rearm && record.getClearedAt() == null) {
            record.setAlarmAt(alarms.alarmAt(activity));
        }
        record.setAlarmMinutes(activity.alarmMinutes());
        record.setAccess(activity.access().level().name());
        record.setGroupId(activity.groupId());
        record.setUpdatedAt(now);
    }
}
