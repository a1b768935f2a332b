package org.svyaz.activities;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.activities.internal.ActivityPermissions;
import org.svyaz.activities.internal.ActivityRules;
import org.svyaz.activities.internal.JooqActivities;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.UserManagement;

/**
 * The reminder list (SPEC A3): the current user's open activities whose alarm is due by the
 * injected clock. The state is the activity's {@code alarm_at}, kept in the database, so a
 * reminder survives a restart and one that came due while the user was away waits for the next
 * log-in; snoozing moves it, dismissing and clearing empty it.
 */
@Service
public class Reminders {

    private final JooqActivities activities;
    private final ActivityManagement management;
    private final ActivityPermissions permissions;
    private final UserManagement users;
    private final Clock clock;

    Reminders(JooqActivities activities, ActivityManagement management, ActivityPermissions permissions, UserManagement users,
            Clock clock) {
        this.activities = activities;
        this.management = management;
        this.permissions = permissions;
        this.users = users;
        this.clock = clock;
    }

    /** The current user's due reminders, the longest due first. */
    public List<Activity> due() {
        UUID me = users.current().id();
        return management.withVisibleContacts(activities.toActivities(activities.dueAlarms(me, OffsetDateTime.now(clock)), me));
    }

    /** Rings the alarm again in {@code minutes}. */
    @Transactional
    public Activity snooze(UUID activityId, int minutes) {
        if (minutes < 1 || minutes > ActivityRules.MAX_ALARM) {
            throw InvalidInput.of("minutes", "error.activity.snooze");
        }
        return changeAlarm(activityId, OffsetDateTime.now(clock).plusMinutes(minutes));
    }

    /** Silences the alarm; the activity stays open. */
    @Transactional
    public Activity dismiss(UUID activityId) {
        return changeAlarm(activityId, null);
    }

    private Activity changeAlarm(UUID activityId, OffsetDateTime alarmAt) {
        CurrentUser me = users.current();
        ActivityRecord record = activities.fetch(activityId);
        permissions.requireMayChange(record, me);
        record.setAlarmAt(alarmAt);
        activities.write(record, record.getVersion());
        return management.get(activityId);
    }
}
