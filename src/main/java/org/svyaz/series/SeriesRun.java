package org.svyaz.series;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One scheduling of a series, as its history shows it: the series' name then, the start date,
 * for whom (owner) and by whom, the target ({@code targetKind} CONTACTS, LOOKUP, GROUP or ALL, and
 * {@code targetName}: the contact's or group's name, or empty), how many contacts and activities
 * it created, and how many of those are still open. {@code undoneAt} is null unless it was undone.
 */
public record SeriesRun(UUID id, UUID seriesId, String seriesName, LocalDate startDate, UUID ownerId, UUID scheduledById,
        String targetKind, String targetName, int contacts, int activities, OffsetDateTime scheduledAt, OffsetDateTime undoneAt,
        int open) {

    public boolean undone() {
        return undoneAt != null;
    }
}
