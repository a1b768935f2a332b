package org.svyaz.series;

/** The unit of a step's offset from the start date: calendar days, weeks or months. */
public enum OffsetUnit {
    DAYS, WEEKS, MONTHS
}
