package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What a user schedules or changes. {@code time} null is a timeless activity; {@code endTime},
 * when given, sets the duration instead of {@code durationMinutes}; {@code contactIds} empty
 * means the owner's My Record; {@code scheduledFor} is a user name, null for the current user;
 * {@code color} and {@code alarmMinutesBefore} may be null; {@code recurrence} null is a single
 * activity.
 */
public record ActivityFields(String type, LocalDate date, LocalTime time, LocalTime endTime, Integer durationMinutes,
        List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
        String scheduledFor, UUID groupId, boolean isPrivate, Recurrence recurrence) {
}
