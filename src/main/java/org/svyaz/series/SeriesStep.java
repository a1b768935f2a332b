package org.svyaz.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.svyaz.activities.Priority;

/**
 * One step of a series: an activity of {@code type} (an activity type's code) with its
 * duration, priority and Regarding, falling {@code offset} after the start date, with an optional
 * alarm ({@code alarmMinutesBefore} null for none) and a weekend rule. As input any component may
 * be null; a stored step has all but the alarm.
 */
public record SeriesStep(String type, Integer durationMinutes, Priority priority, String regarding, StepOffset offset,
        Integer alarmMinutesBefore, WeekendRule weekendRule) {

    /** The step's date in a run from {@code start}: the offset first, then the weekend rule. */
    public LocalDate dateFrom(LocalDate start) {
        LocalDate date = offset.from(start);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return weekend && weekendRule == WeekendRule.NEXT_MONDAY ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : date;
    }
}
