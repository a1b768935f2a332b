package org.svyaz.activities.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.svyaz.access.RecordAccess;
import org.svyaz.activities.Priority;
import org.svyaz.activities.Recurrence;

/**
 * An activity whose fields passed every rule, with the owner and contacts resolved; its date
 * and time are wall-clock values in {@code zone}, and {@code ownerZone} is its owner's.
 */
public record ValidActivity(String type, LocalDate date, LocalTime time, int durationMinutes, List<UUID> contactIds,
        String regarding, String details, Priority priority, String color, Integer alarmMinutes, UUID ownerId, UUID groupId,
        RecordAccess access, Recurrence recurrence, ZoneId zone, ZoneId ownerZone) {

    public ValidActivity on(LocalDate otherDate) {
        return new ValidActivity(type, otherDate, time, durationMinutes, contactIds, regarding, details, priority, color,
                alarmMinutes, ownerId, groupId, access, recurrence, zone, ownerZone);
    }

    /** The start as the UTC instant the starts_at column keeps (a timeless one's: the start of its day in its zone). */
    public LocalDateTime startsAt() {
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }

    /** A zero-length activity still takes up its minute, so two calls at 10:00 overlap. */
    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(Math.max(1, durationMinutes));
    }
}
