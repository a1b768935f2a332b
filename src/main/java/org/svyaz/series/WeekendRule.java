package org.svyaz.series;

/** What happens to a step whose date falls on Saturday or Sunday: nothing, or it moves to the next Monday. */
public enum WeekendRule {
    NONE, NEXT_MONDAY
}
