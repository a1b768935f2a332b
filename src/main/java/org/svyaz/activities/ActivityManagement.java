package org.svyaz.activities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Access;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.activities.internal.ActivityRules;
import org.svyaz.activities.internal.JooqActivities;
import org.svyaz.activities.internal.TaskListQueries;
import org.svyaz.activities.internal.ValidActivity;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.groups.GroupManagement;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordOwner;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * The activities module's API: scheduling (single or recurring), changing, clearing into the
 * contacts' history, erasing, and reading activities as the current user may see them (see
 * {@link org.svyaz.activities.internal.ActivityPermissions} for who may do what). An activity's
 * date and time are wall-clock ones in its own zone ({@link Activity#timeZone()}); lists are asked
 * for by days of the current user's zone; "now" comes from the injected clock.
 */
@Service
public class ActivityManagement {

    static final String ENTITY = "activity";

    private static final int MAX_NOTES = 1_000_000;

    private final JooqActivities activities;
    private final TaskListQueries taskLists;
    private final ActivityRules rules;
    private final ActivityPermissions permissions;
    private final ContactManagement contacts;
    private final GroupManagement groups;
    private final HistoryManagement history;
    private final UserManagement users;
    private final DisplayTime time;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessGrants grants;

    ActivityManagement(JooqActivities activities, TaskListQueries taskLists, ActivityRules rules, ActivityPermissions permissions,
            ContactManagement contacts, GroupManagement groups, HistoryManagement history, UserManagement users, DisplayTime time,
            Clock clock, ApplicationEventPublisher events, AccessGrants grants) {
        this.grants = grants;
        this.events = events;
        this.groups = groups;
        this.activities = activities;
        this.taskLists = taskLists;
        this.rules = rules;
        this.permissions = permissions;
        this.contacts = contacts;
        this.history = history;
        this.users = users;
        this.time = time;
        this.clock = clock;
    }

    /** Today in the current user's time zone (the server's for work no user does), by the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(time.zone()));
    }

    /** The wall-clock time now in the current user's time zone. */
    public LocalTime timeNow() {
        return LocalTime.now(clock.withZone(time.zone())).withSecond(0).withNano(0);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /**
     * Schedules an activity, or every occurrence of a recurring one. Overlaps with the owner's
     * other timed activities are reported, not refused.
     */
    @Transactional
    public ScheduledActivity schedule(ActivityFields fields) {
        return schedule(fields, null);
    }

    /**
     * Schedules as {@link #schedule(ActivityFields)} does an activity imported from a calendar
     * event, remembering the event's UID so that importing it again finds the activity
     * ({@link #imported}).
     */
    @Transactional
    public ScheduledActivity scheduleImported(ActivityFields fields, String importUid) {
        if (importUid == null || importUid.isBlank()) {
            throw new IllegalArgumentException("an imported activity needs the UID of its event");
        }
        return schedule(fields, importUid);
    }

    /** The current user's activities with the contact that were imported from the event of this UID, by start. */
    public List<Activity> imported(UUID contactId, String importUid) {
        UUID me = users.current().id();
        return withVisibleContacts(activities.toActivities(activities.imported(me, contactId, importUid), me));
    }

    private ScheduledActivity schedule(ActivityFields fields, String importUid) {
        CurrentUser me = users.current();
        ValidActivity valid = rules.check(fields, me);
        List<ValidActivity> occurrences = valid.recurrence() == null ? List.of(valid)
                : valid.recurrence().dates(valid.date()).stream().map(valid::on).toList();
        UUID seriesId = valid.recurrence() == null ? null : activities.insertSeries(valid.recurrence(), valid.date(), valid.ownerId());
        List<UUID> ids = activities.insertAll(occurrences, seriesId, me.id(), importUid);
        ids.forEach(id -> grants.write(ENTITY, id, null, RecordAccess.PUBLIC, valid.access()));
        List<UUID> conflicts = activities.overlapping(valid.ownerId(), occurrences, ids);
        ActivityRecord first = activities.fetch(ids.get(0));
        return new ScheduledActivity(activities.toActivity(first, valid.contactIds()), conflicts);
    }

    /**
     * Moves one activity to another day and start time (null: timeless) as the current user reads
     * them (in their zone), keeping everything else, as dragging it on the calendar does; overlaps
     * are reported, not refused.
     */
    @Transactional
    public ScheduledActivity move(UUID activityId, LocalDate date, LocalTime time, long expectedVersion) {
        Activity current = get(activityId);
        String owner = users.findById(current.ownerId()).map(User::userName).orElse(null);
        return update(activityId, new ActivityFields(current.type(), date, time, null, current.durationMinutes(), current.contactIds(),
                current.regarding(), current.details(), current.priority(), current.color(), current.alarmMinutesBefore(), owner,
                current.groupId(), current.isPrivate(), null, this.time.zone()), expectedVersion, EditScope.OCCURRENCE);
    }

    /**
     * Changes an activity the user loaded at {@code expectedVersion}; with {@link EditScope#SERIES},
     * every open occurrence of its series the same way, a new date moving each by as many days.
     *
     * @throws VersionConflict when someone changed it since
     */
    @Transactional
    public ScheduledActivity update(UUID activityId, ActivityFields fields, long expectedVersion, EditScope scope) {
        CurrentUser me = users.current();
        ActivityRecord record = activities.fetch(activityId);
        permissions.requireMayChange(record, me);
        if (fields.recurrence() != null) {
            throw InvalidInput.of("recurrence", "error.recurrence.notChangeable");
        }
        if (record.getVersion() != expectedVersion) {
            throw new VersionConflict();
        }
        ValidActivity valid = rules.check(fields, me, ZoneId.of(record.getTimeZone()));
        permissions.requireMayChangeAccess(record, grants.of(record.getId(), Access.valueOf(record.getAccess())), valid.ownerId(),
                valid.access(), me);
        List<ValidActivity> written = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        if (scope == EditScope.SERIES && record.getSeriesId() != null) {
            long shift = ChronoUnit.DAYS.between(record.getActivityDate(), valid.date());
            for (ActivityRecord occurrence : activities.openOfSeries(record.getSeriesId())) {
                permissions.requireMayChange(occurrence, me);
                RecordAccess before = grants.of(occurrence.getId(), Access.valueOf(occurrence.getAccess()));
                permissions.requireMayChangeAccess(occurrence, before, valid.ownerId(), valid.access(), me);
                ValidActivity moved = valid.on(occurrence.getActivityDate().plusDays(shift));
                activities.update(occurrence, moved, occurrence.getVersion());
                grants.write(ENTITY, occurrence.getId(), null, before, moved.access());
                written.add(moved);
                ids.add(occurrence.getId());
            }
        } else {
            RecordAccess before = grants.of(record.getId(), Access.valueOf(record.getAccess()));
            activities.update(record, valid, expectedVersion);
            grants.write(ENTITY, record.getId(), null, before, valid.access());
            written.add(valid);
            ids.add(record.getId());
        }
        List<UUID> conflicts = activities.overlapping(valid.ownerId(), written, ids);
        ActivityRecord changed = activities.fetch(activityId);
        if (changed.getClearedAt() != null) {
            // "Edit cleared": the history its clearing wrote says what the activity now says
            history.editOfActivity(activityId, clearedItem(changed));
        }
        return new ScheduledActivity(activities.toActivity(changed, valid.contactIds()), conflicts);
    }

    /**
     * Clears an open activity with its result, and writes a history item to each of its contacts
     * (those the user may see) in the same transaction. A cleared activity cannot be cleared again.
     */
    @Transactional
    public Activity clear(UUID activityId, ClearResult result, String notes) {
        CurrentUser me = users.current();
        ActivityRecord record = activities.fetch(activityId);
        permissions.requireMayChange(record, me);
        FieldErrors errors = new FieldErrors();
        if (record.getClearedAt() != null) {
            errors.add("result", "error.activity.alreadyCleared");
        }
        if (result == null) {
            errors.add("result", "error.required");
        }
        String text = notes == null ? "" : notes.strip();
        errors.checkLength("notes", text, MAX_NOTES);
        errors.throwIfAny();
        OffsetDateTime now = now();
        record.setClearedAt(now);
        record.setClearedBy(me.id());
        record.setResult(result.name());
        record.setResultNotes(text);
        record.setAlarmAt(null);
        activities.write(record, record.getVersion());
        List<UUID> contactIds = activities.contactsOf(List.of(activityId)).getOrDefault(activityId, List.of());
        NewHistoryItem item = clearedItem(record);
        for (Contact contact : contacts.getAll(contactIds)) {
            history.recordOfActivity(activityId, RecordOwner.contact(contact.id()), item);
        }
        if (record.getGroupId() != null && groups.exists(record.getGroupId())) {
            history.recordOfActivity(activityId, RecordOwner.group(record.getGroupId()), item);
        }
        events.publishEvent(new ActivityCleared(activityId, record.getGroupId(), contactIds, activities.typeCode(record), result,
                record.getRegarding(), item.details(), Access.isPrivate(record.getAccess()), now));
        return activities.toActivity(record, contactIds);
    }

    /** Erases an activity (or, with SERIES, every occurrence of its series) without writing history. */
    @Transactional
    public void erase(UUID activityId, EditScope scope) {
        CurrentUser me = users.current();
        ActivityRecord record = activities.fetch(activityId);
        permissions.requireMayErase(record, me);
        if (scope == EditScope.SERIES && record.getSeriesId() != null) {
            for (ActivityRecord occurrence : activities.allOfSeries(record.getSeriesId())) {
                permissions.requireMayErase(occurrence, me);
                grants.forget(ENTITY, List.of(occurrence.getId()));
                activities.delete(occurrence);
            }
            activities.deleteSeries(record.getSeriesId());
        } else {
            grants.forget(ENTITY, List.of(record.getId()));
            activities.delete(record);
        }
    }

    /** Those of the activities that exist and the current user may see now (for the audit log, one query). */
    public Set<UUID> visibleIds(Collection<UUID> activityIds) {
        return activityIds.isEmpty() ? Set.of() : activities.visibleIds(activityIds, users.current().id());
    }

    /** Whether the current user may change the activity: pages offer its Edit, Clear and moving it then. */
    public boolean mayChange(Activity activity) {
        return !activity.busy() && ActivityPermissions.mayChange(activity.ownerId(), activity.scheduledById(), users.current());
    }

    /**
     * Refuses the edit and clear forms of an activity the current user may not change.
     *
     * @throws NotPermitted then
     */
    public void requireMayChange(Activity activity) {
        permissions.requireWriter(users.current());
        if (!mayChange(activity)) {
            throw new NotPermitted("error.activity.notYours");
        }
    }

    /**
     * Refuses the form of a new activity to a role that may not schedule.
     *
     * @throws NotPermitted then
     */
    public void requireMayCreate() {
        permissions.requireWriter(users.current());
    }

    /** Whether the current user may erase the activity: pages offer its Erase then. */
    public boolean mayErase(Activity activity) {
        return !activity.busy() && ActivityPermissions.mayErase(activity.ownerId(), activity.scheduledById(), users.current());
    }

    /** The activity, if the user may see it (another user's private one is unknown). */
    public Activity get(UUID activityId) {
        CurrentUser me = users.current();
        ActivityRecord record = permissions.requireVisible(activities.fetch(activityId), me);
        return activities.toActivity(record, visibleContacts(activities.contactsOf(List.of(activityId)).get(activityId)))
                .with(grants.of(activityId, Access.valueOf(record.getAccess())));
    }

    /** The ids of the owner's other open timed activities that overlap this one. */
    public List<UUID> conflictsOf(Activity activity) {
        if (activity.cleared() || activity.timeless()) {
            return List.of();
        }
        return overlapping(activity.ownerId(), activity.date(), activity.time(), activity.durationMinutes(), activity.timeZone(),
                activity.id());
    }

    private List<UUID> overlapping(UUID ownerId, LocalDate date, LocalTime start, int duration, ZoneId zone, UUID exceptId) {
        ValidActivity span = new ValidActivity("", date, start, duration, List.of(), "", "", Priority.MEDIUM, null, null, ownerId,
                null, RecordAccess.PUBLIC, null, zone, zone);
        return activities.overlapping(ownerId, List.of(span), exceptId == null ? List.of() : List.of(exceptId));
    }

    /**
     * The owner's open timed activities that the activity as the user is scheduling or changing
     * it would overlap (its first occurrence, for a recurring one), other than {@code exceptId}
     * (the one being changed, or null); another user's private ones as "busy". Fields not yet
     * valid enough to place it (no date or time, an unknown user) overlap nothing.
     */
    public List<Activity> overlapsOf(ActivityFields fields, UUID exceptId) {
        CurrentUser me = users.current();
        UUID ownerId = fields.scheduledFor() == null || fields.scheduledFor().isBlank() ? me.id()
                : users.byUserName(fields.scheduledFor()).map(User::id).orElse(null);
        int duration = fields.durationMinutes() == null ? 0 : fields.durationMinutes();
        boolean placed = fields.date() != null && fields.time() != null && duration >= 0 && duration <= ActivityRules.MAX_DURATION;
        if (!placed || ownerId == null || !permissions.mayScheduleFor(me, ownerId)) {
            return List.of();
        }
        ZoneId zone = fields.timeZone() == null ? time.zone() : fields.timeZone();
        List<UUID> ids = overlapping(ownerId, fields.date(), fields.time(), duration, zone, exceptId);
        return withVisibleContacts(activities.toActivities(ids.stream().map(activities::fetch).toList(), me.id()));
    }

    /** The contact's activities the user may see, by date; cleared ones too when asked. */
    public List<Activity> ofContact(UUID contactId, boolean includeCleared) {
        if (!contacts.isVisible(contactId)) {
            throw new ContactNotFound();
        }
        UUID me = users.current().id();
        return withVisibleContacts(activities.toActivities(activities.ofContact(contactId, me, includeCleared), me));
    }

    /**
     * A group's Activities tab (SPEC G7): the activities associated with the group and, with
     * {@code withMembers}, those of its members the user sees, as the user may see them (others'
     * private ones left out), by date.
     */
    public List<Activity> ofGroup(UUID groupId, boolean withMembers, boolean includeCleared) {
        groups.get(groupId);
        UUID me = users.current().id();
        return withVisibleContacts(activities.toActivities(activities.ofGroup(groupId, withMembers, me, includeCleared), me));
    }

    /** One page of the task list as the filter says; {@code offset} counts from its start. */
    public TaskList taskList(TaskListFilter filter, int offset, int limit) {
        CurrentUser me = users.current();
        TaskListQueries.Query query = query(filter, me);
        List<ActivityRecord> page = taskLists.page(query, offset, limit + 1);
        boolean more = page.size() > limit;
        List<Activity> items = withVisibleContacts(activities.toActivities(more ? page.subList(0, limit) : page, me.id()));
        return new TaskList(items, taskLists.count(query), more ? String.valueOf(offset + limit) : null);
    }

    /**
     * What a calendar view draws: the first {@code limit} activities of the filter that touch a
     * day of its date range, those that began earlier and run into it included; not counted.
     */
    public List<Activity> calendar(TaskListFilter filter, int limit) {
        CurrentUser me = users.current();
        return withVisibleContacts(activities.toActivities(taskLists.page(query(filter, me).touchingFromStart(), 0, limit), me.id()));
    }

    /** How many activities the filter finds and when they last changed, without reading them: what a feed's ETag is made of. */
    public ActivitiesStamp stampOf(TaskListFilter filter) {
        return taskLists.stamp(query(filter, users.current()));
    }

    /** When the filter's activities that touch its date range are, and nothing else of them: what the mini-calendar marks busy days by. */
    public List<ActivityTimes> timesOf(TaskListFilter filter) {
        return taskLists.times(query(filter, users.current()).touchingFromStart());
    }

    private TaskListQueries.Query query(TaskListFilter filter, CurrentUser me) {
        LocalDate today = today();
        DateRange range = filter.range() == null ? DateRange.ALL : filter.range();
        LocalDate from = range.from(today, filter.from());
        LocalDate to = range.to(today, filter.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInput.of("to", "error.dateRange");
        }
        Set<String> types = filter.types() == null ? Set.of() : filter.types();
        Set<Priority> priorities = filter.priorities() == null ? Set.of() : filter.priorities();
        boolean openOnly = range == DateRange.PAST_DUE || !filter.includeCleared();
        LocalDate clearedFrom = range == DateRange.TODAY_AND_PAST_DUE ? today : null;
        return new TaskListQueries.Query(owners(filter, me), types, priorities, from, to, time.zone(), openOnly, clearedFrom,
                filter.sort(),
                filter.descending(), null);
    }

    /** Whose activities: null for everyone's (planners only), else the named users (the current one when none). */
    private Collection<UUID> owners(TaskListFilter filter, CurrentUser me) {
        if (filter.allUsers()) {
            if (!ActivityPermissions.plansForOthers(me)) {
                throw new NotPermitted("error.activity.otherUsersTaskList");
            }
            return null;
        }
        if (filter.users() == null || filter.users().isEmpty()) {
            return List.of(me.id());
        }
        if (filter.users().size() == 1) {
            String name = filter.users().get(0);
            UUID owner = users.byUserName(name).orElseThrow(() -> InvalidInput.of("user", "error.activity.unknownUser", name)).id();
            permissions.requireMaySeeTaskListOf(me, owner);
            return List.of(owner);
        }
        // several users side by side (the calendar): their names and the grants read once, not per user
        Map<String, UUID> byName = users.all().stream().collect(Collectors.toMap(User::userName, User::id));
        Set<UUID> owners = new LinkedHashSet<>();
        for (String name : filter.users()) {
            UUID owner = byName.get(name == null ? "" : name.trim().toLowerCase());
            if (owner == null) {
                throw InvalidInput.of("user", "error.activity.unknownUser", name);
            }
            owners.add(owner);
        }
        permissions.requireMaySeeTaskListsOf(me, owners);
        return owners;
    }

    /** A deleted contact leaves the activities it was in. */
    @EventListener
    void on(ContactDeleted deleted) {
        activities.unlinkContact(deleted.contactId());
    }

    /** The history item a cleared activity writes, and rewrites when it is edited. */
    private NewHistoryItem clearedItem(ActivityRecord record) {
        return new NewHistoryItem(HistoryKind.ACTIVITY_CLEARED, activities.typeCode(record), record.getResult(), record.getRegarding(),
                historyDetails(record, record.getResultNotes()), Access.isPrivate(record.getAccess()), record.getClearedAt());
    }

    private static String historyDetails(ActivityRecord record, String notes) {
        if (record.getDetails().isEmpty()) {
            return notes;
        }
        return notes.isEmpty() ? record.getDetails() : notes + "\n\n" + record.getDetails();
    }

    /** Contacts the user may not see (someone's private contact) are left out of what the user reads. */
    List<Activity> withVisibleContacts(List<Activity> found) {
        Set<UUID> all = new LinkedHashSet<>();
        found.forEach(activity -> all.addAll(activity.contactIds()));
        if (all.isEmpty()) {
            return found;
        }
        Set<UUID> visible = contacts.displayNames(all).keySet();
        return found.stream().map(activity -> visible.containsAll(activity.contactIds()) ? activity
                : activity.withContacts(activity.contactIds().stream().filter(visible::contains).toList())).toList();
    }

    private List<UUID> visibleContacts(List<UUID> contactIds) {
        if (contactIds == null || contactIds.isEmpty()) {
            return List.of();
        }
        Set<UUID> visible = new HashSet<>(contacts.getAll(contactIds).stream().map(Contact::id).toList());
        return contactIds.stream().filter(visible::contains).toList();
    }
}
