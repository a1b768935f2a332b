package org.svyaz.activities.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.svyaz.access.RecordAccess;
import org.svyaz.activities.ActivityNotFound;
import org.svyaz.activities.CalendarAccess;
import org.svyaz.activities.CalendarGrant;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;
import org.svyaz.users.RecordKind;

/**
 * Who may do what with activities, as the role matrix ({@link Permissions}) says. Administrators
 * and managers plan for their team: they may schedule for any user, look at any user's task list
 * and change or clear any activity they can see. Standard users schedule for themselves and
 * change the activities they own or scheduled; a user who shared a calendar with them lets them
 * see it (VIEW) and also schedule in it (SCHEDULE). Restricted users work on their own activities
 * and never erase; Browse users only read. Who owns an activity and whether it is private are
 * changed by its owner, a manager or an administrator. Public activities are seen by everyone; a
 * private one only by its owner: to others it is "busy" in task lists and unknown (404) by id.
 */
@Component
public class ActivityPermissions {

    private final JooqCalendarGrants grants;
    private final JooqActivities activities;

    ActivityPermissions(JooqCalendarGrants grants, JooqActivities activities) {
        this.grants = grants;
        this.activities = activities;
    }

    /** Whether the user plans for the whole team: schedules for anyone and changes anyone's activities. */
    public static boolean plansForOthers(CurrentUser me) {
        return me.may(Permission.SCHEDULE_FOR_OTHERS) && me.may(Permission.EDIT_OTHERS_RECORDS);
    }

    public CurrentUser requireWriter(CurrentUser me) {
        if (!me.may(Permission.CREATE_RECORDS)) {
            throw NotPermitted.forRole();
        }
        return me;
    }

    public void requireMayScheduleFor(CurrentUser me, UUID ownerId) {
        requireWriter(me);
        if (!mayScheduleFor(me, ownerId)) {
            throw new NotPermitted("error.activity.scheduleForOthers");
        }
    }

    public boolean mayScheduleFor(CurrentUser me, UUID ownerId) {
        return me.may(Permission.CREATE_RECORDS) && (me.id().equals(ownerId) || plansForOthers(me)
                || me.may(Permission.SCHEDULE_FOR_OTHERS) && grants.access(ownerId, me.id())
                        .filter(access -> access == CalendarAccess.SCHEDULE).isPresent());
    }

    public void requireMaySeeTaskListOf(CurrentUser me, UUID ownerId) {
        if (!me.id().equals(ownerId) && !plansForOthers(me) && grants.access(ownerId, me.id()).isEmpty()) {
            throw new NotPermitted("error.activity.otherUsersTaskList");
        }
    }

    public void requireMaySeeTaskListsOf(CurrentUser me, Collection<UUID> ownerIds) {
        if (plansForOthers(me)) {
            return;
        }
        Set<UUID> shared = grants.byGrantee(me.id()).stream().map(CalendarGrant::ownerId).collect(Collectors.toSet());
        shared.add(me.id());
        if (!shared.containsAll(ownerIds)) {
            throw new NotPermitted("error.activity.otherUsersTaskList");
        }
    }

    /** The record, unless the viewer may not see it (another user's private activity), which they may not know of. */
    public ActivityRecord requireVisible(ActivityRecord record, CurrentUser me) {
        if (!activities.hiddenFrom(List.of(record), me.id()).isEmpty()) {
            throw new ActivityNotFound();
        }
        return record;
    }

    /** Whether the user may change the activity (pages offer its Edit and Clear then). */
    public static boolean mayChange(UUID ownerId, UUID scheduledBy, CurrentUser me) {
        return Permissions.mayChange(me, RecordKind.ACTIVITY, ownAs(ownerId, scheduledBy, me));
    }

    /** Whether the user may erase the activity (pages offer its Erase then). */
    public static boolean mayErase(UUID ownerId, UUID scheduledBy, CurrentUser me) {
        return mayChange(ownerId, scheduledBy, me) && Permissions.mayDelete(me, RecordKind.ACTIVITY, ownAs(ownerId, scheduledBy, me));
    }

    public void requireMayChange(ActivityRecord record, CurrentUser me) {
        requireVisible(record, me);
        requireWriter(me);
        if (!mayChange(record.getOwnerId(), record.getScheduledBy(), me)) {
            throw new NotPermitted("error.activity.notYours");
        }
    }

    /**
     * Who owns an activity and who may see it are changed by its owner, a manager or an
     * administrator: whoever scheduled it for a colleague does not take it over.
     */
    public void requireMayChangeAccess(ActivityRecord record, RecordAccess access, UUID newOwnerId, RecordAccess newAccess,
            CurrentUser me) {
        if (!record.getOwnerId().equals(newOwnerId) || !access.equals(newAccess)) {
            Permissions.requireMayChangeAccess(me, record.getOwnerId(), "error.activity.accessChange");
        }
    }

    /** May the user erase activities of this owner that this user scheduled (a run of a series)? */
    public void requireMayErase(UUID ownerId, UUID scheduledBy, CurrentUser me) {
        requireWriter(me);
        if (!mayChange(ownerId, scheduledBy, me)) {
            throw new NotPermitted("error.activity.notYours");
        }
        Permissions.requireMayDelete(me, RecordKind.ACTIVITY, ownAs(ownerId, scheduledBy, me));
    }

    public void requireMayErase(ActivityRecord record, CurrentUser me) {
        requireMayChange(record, me);
        Permissions.requireMayDelete(me, RecordKind.ACTIVITY, ownAs(record.getOwnerId(), record.getScheduledBy(), me));
    }

    /** An activity is the user's own when they own it or scheduled it; otherwise its owner's. */
    private static UUID ownAs(UUID ownerId, UUID scheduledBy, CurrentUser me) {
        return me.id().equals(scheduledBy) ? me.id() : ownerId;
    }
}
