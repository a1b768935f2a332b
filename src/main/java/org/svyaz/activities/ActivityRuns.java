package org.svyaz.activities;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.AccessGrants;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.activities.internal.ActivityRules;
import org.svyaz.activities.internal.JooqActivityRuns;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Activities scheduled in bulk by a run of an activity series (SPEC S2): the same plan of
 * timeless activities for each of many contacts, one contact per activity, each remembering the
 * run's id; and undoing a run, which erases its activities not yet cleared. The caller holds
 * the transaction and passes the contacts in batches, so that a run of any size is all or nothing
 * with memory that does not grow with it.
 */
@Service
public class ActivityRuns {

    /** The longest an activity may last, in minutes. */
    public static final int MAX_DURATION_MINUTES = ActivityRules.MAX_DURATION;
    /** The longest lead time of an alarm, in minutes. */
    public static final int MAX_ALARM_MINUTES = ActivityRules.MAX_ALARM;

    private final JooqActivityRuns runs;
    private final ActivityPermissions permissions;
    private final ActivityTypeManagement types;
    private final UserManagement users;
    private final AccessGrants grants;

    ActivityRuns(JooqActivityRuns runs, ActivityPermissions permissions, ActivityTypeManagement types, UserManagement users,
            AccessGrants grants) {
        this.runs = runs;
        this.grants = grants;
        this.permissions = permissions;
        this.types = types;
        this.users = users;
    }

    /**
     * The owner of the activities the current user schedules for {@code scheduledFor} (a user
     * name; null or blank for themselves).
     *
     * @throws InvalidInput at {@code scheduledFor} when no such (enabled) user exists
     * @throws org.svyaz.shell.NotPermitted when the current user may not schedule for that user
     */
    public UUID ownerFor(String scheduledFor) {
        CurrentUser me = users.current();
        UUID ownerId = scheduledFor == null || scheduledFor.isBlank() ? me.id()
                : users.byUserName(scheduledFor.trim()).filter(User::enabled).map(User::id)
                        .orElseThrow(() -> InvalidInput.of("scheduledFor", "error.activity.unknownUser", scheduledFor.trim()));
        permissions.requireMayScheduleFor(me, ownerId);
        return ownerId;
    }

    /** Whether the current user may schedule activities for other users (administrators and managers plan for their team). */
    public boolean mayScheduleForOthers() {
        return ActivityPermissions.plansForOthers(users.current());
    }

    /**
     * Inserts the plan's activities for each contact that {@code contacts} selects (a condition on
     * the contact table, as {@code ContactList.selection} makes: contacts the current user sees),
     * owned by {@code ownerId}, scheduled by the current user, remembering {@code runId}. Runs
     * inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Scheduled schedule(UUID runId, UUID ownerId, List<PlannedActivity> plan, Condition contacts) {
        CurrentUser me = users.current();
        permissions.requireMayScheduleFor(me, ownerId);
        Map<String, String> colors = types.all().stream().filter(type -> type.color() != null)
                .collect(Collectors.toMap(ActivityType::code, ActivityType::color));
        JooqActivityRuns.Inserted inserted = runs.insert(runId, ownerId, me.id(), plan, colors, contacts, me.timeZone(),
                users.byId(ownerId).timeZone());
        return new Scheduled(inserted.contacts(), inserted.activities());
    }

    /** How many contacts a run reached, and how many activities it created. */
    public record Scheduled(int contacts, int activities) {
    }

    /**
     * Erases the run's activities that are not cleared yet, with the grants of those limited since
     * (journaled as cleared); cleared ones stay with their history.
     *
     * @return how many were erased
     * @throws org.svyaz.shell.NotPermitted when the current user may not erase the run's activities
     */
    @Transactional
    public int undo(UUID runId, UUID ownerId, UUID scheduledBy) {
        permissions.requireMayErase(ownerId, scheduledBy, users.current());
        grants.forget(ActivityManagement.ENTITY, runs.openLimited(runId));
        return runs.deleteOpen(runId);
    }

    /** How many activities of each run are still open (neither cleared nor erased). */
    public Map<UUID, Integer> openCounts(Collection<UUID> runIds) {
        return runs.openCounts(runIds);
    }

    /**
     * Of the runs, those that scheduled an activity for one of the contacts the condition selects
     * (a condition on the contact table, as {@code ContactList.selection} makes), with how many of
     * those contacts each reached.
     */
    public Map<UUID, Integer> contactsReached(Collection<UUID> runIds, Condition contacts) {
        return runs.contactsReached(runIds, contacts);
    }
}
