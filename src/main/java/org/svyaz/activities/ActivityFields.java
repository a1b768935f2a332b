package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/**
 * What a user schedules or changes. {@code time} null is a timeless activity; {@code endTime},
 * when given, sets the duration instead of {@code durationMinutes}; {@code contactIds} empty
 * means the owner's My Record; {@code scheduledFor} is a user name, null for the current user;
 * {@code color} and {@code alarmMinutesBefore} may be null; {@code recurrence} null is a single
 * activity. {@code timeZone} is the zone the date and times are given in, null for the current
 * user's (a new activity) or the activity's own (a change); a new activity keeps it as its own, a
 * changed one keeps the zone it has and takes the same instants.
 */
public record ActivityFields(String type, LocalDate date, LocalTime time, LocalTime endTime, Integer durationMinutes,
        List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
        String scheduledFor, UUID groupId, RecordAccess access, Recurrence recurrence, ZoneId timeZone) {

    public ActivityFields {
        access = access == null ? RecordAccess.PUBLIC : access;
    }

    /** An activity that is private or public, as the older boolean {@code private} says. */
    public ActivityFields(String type, LocalDate date, LocalTime time, LocalTime endTime, Integer durationMinutes,
            List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
            String scheduledFor, UUID groupId, boolean isPrivate, Recurrence recurrence, ZoneId timeZone) {
        this(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color, alarmMinutesBefore,
                scheduledFor, groupId, RecordAccess.privateIf(isPrivate), recurrence, timeZone);
    }

    public ActivityFields(String type, LocalDate date, LocalTime time, LocalTime endTime, Integer durationMinutes,
            List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
            String scheduledFor, UUID groupId, boolean isPrivate, Recurrence recurrence) {
        this(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color, alarmMinutesBefore,
                scheduledFor, groupId, isPrivate, recurrence, null);
    }

    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** The same fields given in another zone. */
    public ActivityFields in(ZoneId zone) {
        return new ActivityFields(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color,
                alarmMinutesBefore, scheduledFor, groupId, access, recurrence, zone);
    }

    /** The same fields with another access. */
    public ActivityFields with(RecordAccess newAccess) {
        return new ActivityFields(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color,
                alarmMinutesBefore, scheduledFor, groupId, newAccess, recurrence, timeZone);
    }
}
