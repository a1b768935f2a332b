package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;

/** When an activity is: its date, its start (null when timeless) and how long it lasts. */
public record ActivityTimes(LocalDate date, LocalTime time, int durationMinutes) {
}
