package org.svyaz.activities.internal;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an activity's alarm rings: its lead time before the start; for a timeless activity,
 * which has a day but no hour, before the start of its owner's work day
 * ({@code svyaz.calendar.work-start}) in the owner's zone, not before midnight.
 */
@Component
public class AlarmTimes {

    private final LocalTime workStart;

    AlarmTimes(@Value("${svyaz.calendar.work-start:08:00}") LocalTime workStart) {
        this.workStart = workStart;
    }

    /** The instant the alarm is due, or null when the activity has none. */
    public OffsetDateTime alarmAt(ValidActivity activity) {
        if (activity.alarmMinutes() == null) {
            return null;
        }
        OffsetDateTime start = activity.time() == null
                ? activity.date().atTime(workStart).atZone(activity.ownerZone()).toOffsetDateTime()
                : activity.startsAt().atOffset(ZoneOffset.UTC);
        return start.minusMinutes(activity.alarmMinutes()).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
