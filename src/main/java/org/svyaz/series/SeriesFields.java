package org.svyaz.series;

import java.util.List;

/** A series as a user writes it; any component may be null, and is then refused or defaulted. */
public record SeriesFields(String name, String description, List<SeriesStep> steps) {
}
