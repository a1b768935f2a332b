package org.svyaz.activities;

import java.time.LocalDate;

/**
 * One timeless activity of a plan that {@link ActivityRuns} schedules for many contacts at once
 * (an activity series' step on its date). {@code type} is an activity type's code;
 * {@code alarmMinutesBefore} may be null (no alarm).
 */
public record PlannedActivity(String type, LocalDate date, int durationMinutes, Priority priority, String regarding,
        Integer alarmMinutesBefore) {
}
