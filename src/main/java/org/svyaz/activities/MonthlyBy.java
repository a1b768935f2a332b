package org.svyaz.activities;

/** A monthly series repeats on the same day of the month, or on the same nth weekday (2nd Tuesday, last Friday). */
public enum MonthlyBy {
    DAY_OF_MONTH, WEEKDAY_OF_MONTH
}
