package org.svyaz.activities;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An activity as a user may see it. When it is another user's private activity, {@code busy}
 * is true and regarding, details and contacts are empty: the user learns only that its owner
 * is busy then.
 *
 * @param time the start, or null for a timeless activity
 * @param seriesId the series it is an occurrence of, or null
 * @param alarmAt when its reminder is due, or null (no alarm, dismissed, or cleared)
 * @param result how it ended, null while it is open
 */
public record Activity(UUID id, String type, LocalDate date, LocalTime time, int durationMinutes, List<UUID> contactIds,
        String regarding, String details, Priority priority, String color, Integer alarmMinutesBefore, OffsetDateTime alarmAt,
        UUID ownerId, UUID scheduledById, UUID groupId, boolean isPrivate, UUID seriesId, OffsetDateTime clearedAt,
        UUID clearedById, ClearResult result, String resultNotes, boolean busy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, long version) {

    public boolean cleared() {
        return clearedAt != null;
    }

    public boolean timeless() {
        return time == null;
    }

    /** The same activity as another user sees a private one: when, how long and whose, nothing more. */
    public Activity asBusy() {
        return new Activity(id, type, date, time, durationMinutes, List.of(), "", "", priority, color, null, null, ownerId,
                scheduledById, null, true, seriesId, clearedAt, null, null, "", true, createdAt, updatedAt, version);
    }
}
