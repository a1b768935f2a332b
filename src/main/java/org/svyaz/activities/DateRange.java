package org.svyaz.activities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The task list's date filters, relative to today; weeks run Monday to Sunday. TODAY_AND_PAST_DUE
 * (what a user who never chose a filter sees) is today's activities and the open ones before it.
 */
public enum DateRange {
    TODAY, TODAY_AND_PAST_DUE, TOMORROW, THIS_WEEK, NEXT_WEEK, THIS_MONTH, PAST_DUE, ALL, CUSTOM;

    /** The first day of the range, or null when it has none. */
    public LocalDate from(LocalDate today, LocalDate customFrom) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return switch (this) {
            case TODAY -> today;
            case TOMORROW -> today.plusDays(1);
            case THIS_WEEK -> monday;
            case NEXT_WEEK -> monday.plusWeeks(1);
            case THIS_MONTH -> today.withDayOfMonth(1);
            case TODAY_AND_PAST_DUE, PAST_DUE, ALL -> null;
            case CUSTOM -> customFrom;
        };
    }

    /** The last day of the range, or null when it has none. */
    public LocalDate to(LocalDate today, LocalDate customTo) {
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return switch (this) {
            case TODAY, TODAY_AND_PAST_DUE -> today;
            case TOMORROW -> today.plusDays(1);
            case THIS_WEEK -> sunday;
            case NEXT_WEEK -> sunday.plusWeeks(1);
            case THIS_MONTH -> today.with(TemporalAdjusters.lastDayOfMonth());
            case PAST_DUE -> today.minusDays(1);
            case ALL -> null;
            case CUSTOM -> customTo;
        };
    }
}
