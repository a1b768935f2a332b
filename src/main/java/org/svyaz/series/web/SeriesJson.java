package org.svyaz.series.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesStep;

/**
 * A series as the API writes and reads it (API.md, "Activity series"); a body that was read may
 * be sent back to PUT as it is, so the bookkeeping properties are accepted and ignored.
 */
record SeriesJson(UUID id, String name, String description, List<SeriesStep> steps, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, Long version) {

    static SeriesJson of(Series series) {
        return new SeriesJson(series.id(), series.name(), series.description(), series.steps(), series.createdAt(),
                series.updatedAt(), series.version());
    }

    SeriesFields fields() {
        return new SeriesFields(name, description, steps);
    }
}
