package org.svyaz.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/**
 * An activity as a user may see it. When it is another user's private activity, {@code busy}
 * is true and regarding, details and contacts are empty: the user learns only that its owner
 * is busy then.
 *
 * @param date the day, a wall-clock date in {@code timeZone}
 * @param time the start, a wall-clock time in {@code timeZone}, or null for a timeless activity
 * @param timeZone the zone it was scheduled in (its scheduler's), which it keeps whoever views it
 * @param seriesId the series it is an occurrence of, or null
 * @param alarmAt when its reminder is due, or null (no alarm, dismissed, or cleared)
 * @param result how it ended, null while it is open
 */
public record Activity(UUID id, String type, LocalDate date, LocalTime time, int durationMinutes, ZoneId timeZone,
        List<UUID> contactIds, String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore,
        OffsetDateTime alarmAt, UUID ownerId, UUID scheduledById, UUID groupId, RecordAccess access, UUID seriesId,
        OffsetDateTime clearedAt, UUID clearedById, ClearResult result, String resultNotes, boolean busy,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** The same activity with its access as read with its grants. */
    public Activity with(RecordAccess fullAccess) {
        return new Activity(id, type, date, time, durationMinutes, timeZone, contactIds, regarding, details, priority, color,
                alarmMinutesBefore, alarmAt, ownerId, scheduledById, groupId, fullAccess, seriesId, clearedAt, clearedById, result,
                resultNotes, busy, createdAt, updatedAt, version);
    }

    public boolean cleared() {
        return clearedAt != null;
    }

    public boolean timeless() {
        return time == null;
    }

    /** When it starts; a timeless activity's day starts at midnight in its zone. */
    public Instant startsAt() {
        return date.atTime(timeless() ? LocalTime.MIDNIGHT : time).atZone(timeZone).toInstant();
    }

    public Instant endsAt() {
        return startsAt().plusSeconds(60L * durationMinutes);
    }

    /**
     * The same activity with its date and time as a viewer in {@code zone} reads them: a 10:00 call
     * in Moscow is at 12:00 in Yekaterinburg. A timeless activity keeps its date wherever it is read.
     */
    public Activity inZone(ZoneId zone) {
        if (timeless() || zone.equals(timeZone)) {
            return this;
        }
        LocalDateTime there = LocalDateTime.ofInstant(startsAt(), zone);
        return new Activity(id, type, there.toLocalDate(), there.toLocalTime(), durationMinutes, zone, contactIds, regarding,
                details, priority, color, alarmMinutesBefore, alarmAt, ownerId, scheduledById, groupId, access, seriesId,
                clearedAt, clearedById, result, resultNotes, busy, createdAt, updatedAt, version);
    }

    /** The same activity with other contacts (those a viewer may see). */
    public Activity withContacts(List<UUID> otherContactIds) {
        return new Activity(id, type, date, time, durationMinutes, timeZone, otherContactIds, regarding, details, priority, color,
                alarmMinutesBefore, alarmAt, ownerId, scheduledById, groupId, access, seriesId, clearedAt, clearedById, result,
                resultNotes, busy, createdAt, updatedAt, version);
    }

    /** The same activity as another user sees a private one: when, how long and whose, nothing more. */
    public Activity asBusy() {
        return new Activity(id, type, date, time, durationMinutes, timeZone, List.of(), "", "", priority, color, null, null, ownerId,
                scheduledById, null, RecordAccess.PRIVATE, seriesId, clearedAt, null, null, "", true, createdAt, updatedAt, version);
    }
}
