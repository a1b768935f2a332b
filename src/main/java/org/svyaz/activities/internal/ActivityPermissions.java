package org.svyaz.activities.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityNotFound;
import org.svyaz.activities.CalendarAccess;
import org.svyaz.activities.CalendarGrant;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Role;

/**
 * Who may do what with activities. Administrators and managers plan for their team: they may
 * schedule for any user, look at any user's task list and change or clear any activity they
 * can see. Standard and restricted users schedule for themselves and change the activities
 * they own or scheduled; a user who shared a calendar with them lets them see it (VIEW) and
 * also schedule in it (SCHEDULE). Browse users only read. Public activities are seen by
 * everyone; a private one only by its owner: to others it is "busy" in task lists and unknown
 * (404) by id.
 */
@Component
public class ActivityPermissions {

    private final JooqCalendarGrants grants;
    private final JooqActivities activities;

    ActivityPermissions(JooqCalendarGrants grants, JooqActivities activities) {
        this.grants = grants;
        this.activities = activities;
    }

    public static boolean plansForOthers(CurrentUser me) {
        return me.role() == Role.ADMINISTRATOR || me.role() == Role.MANAGER;
    }

    public CurrentUser requireWriter(CurrentUser me) {
        if (!me.role().mayWrite()) {
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
        return me.role().mayWrite() && (me.id().equals(ownerId) || plansForOthers(me)
                || grants.access(ownerId, me.id()).filter(access -> access == CalendarAccess.SCHEDULE).isPresent());
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

    public void requireMayChange(ActivityRecord record, CurrentUser me) {
        requireWriter(me);
        requireVisible(record, me);
        boolean involved = me.id().equals(record.getOwnerId()) || me.id().equals(record.getScheduledBy());
        if (!involved && !plansForOthers(me)) {
            throw new NotPermitted("error.activity.notYours");
        }
    }

    /** May the user erase activities of this owner that this user scheduled (a run of a series)? */
    public void requireMayErase(UUID ownerId, UUID scheduledBy, CurrentUser me) {
        requireWriter(me);
        boolean involved = me.id().equals(ownerId) || me.id().equals(scheduledBy);
        if (!involved && !plansForOthers(me)) {
            throw new NotPermitted("error.activity.notYours");
        }
        if (!me.role().mayDelete()) {
            throw NotPermitted.forRole();
        }
    }

    public void requireMayErase(ActivityRecord record, CurrentUser me) {
        requireMayChange(record, me);
        if (!me.role().mayDelete()) {
            throw NotPermitted.forRole();
        }
    }
}
