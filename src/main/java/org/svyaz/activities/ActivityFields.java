package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

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
        String scheduledFor, UUID groupId, boolean isPrivate, Recurrence recurrence, ZoneId timeZone) {

    public ActivityFields(String type, LocalDate date, LocalTime time, LocalTime endTime, Integer durationMinutes,
            List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
            String scheduledFor, UUID groupId, boolean isPrivate, Recurrence recurrence) {
        this(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color, alarmMinutesBefore,
                scheduledFor, groupId, isPrivate, recurrence, null);
    }

    /** The same fields given in another zone. */
    public ActivityFields in(ZoneId zone) {
        return new ActivityFields(type, date, time, endTime, durationMinutes, contactIds, regarding, details, priority, color,
                alarmMinutesBefore, scheduledFor, groupId, isPrivate, recurrence, zone);
    }
}
