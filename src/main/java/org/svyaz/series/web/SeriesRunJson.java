package org.svyaz.series.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.svyaz.series.SeriesRun;

/** A run of a series as the API shows it; users by their names. */
record SeriesRunJson(UUID id, UUID seriesId, String seriesName, LocalDate startDate, String scheduledFor, String scheduledBy,
        String targetKind, String targetName, int contacts, int activities, int open, OffsetDateTime scheduledAt,
        OffsetDateTime undoneAt) {

    static SeriesRunJson of(SeriesRun run, Map<UUID, String> userNames) {
        return new SeriesRunJson(run.id(), run.seriesId(), run.seriesName(), run.startDate(), userNames.get(run.ownerId()),
                userNames.get(run.scheduledById()), run.targetKind(), run.targetName(), run.contacts(), run.activities(), run.open(),
                run.scheduledAt(), run.undoneAt());
    }
}
