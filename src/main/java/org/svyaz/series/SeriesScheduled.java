package org.svyaz.series;

import java.time.LocalDate;
import java.util.UUID;

/** A series was scheduled: the run, its series, start date and what it created. */
public record SeriesScheduled(UUID runId, UUID seriesId, LocalDate startDate, UUID ownerId, int contacts, int activities) {
}
