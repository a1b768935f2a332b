package org.svyaz.series;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A named activity series: its steps in order (at least one) and a description (never null). */
public record Series(UUID id, String name, String description, List<SeriesStep> steps, UUID createdBy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, long version) {
}
