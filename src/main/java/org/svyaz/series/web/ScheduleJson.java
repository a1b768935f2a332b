package org.svyaz.series.web;

import java.util.List;
import java.util.UUID;

/**
 * What scheduling created, or would create ({@code scheduled} false: the preview): counts, the
 * run, and the earlier runs of the series that reached some of these contacts, with a warning
 * (null when there are none).
 */
record ScheduleJson(long contacts, long activities, boolean scheduled, UUID runId, List<EarlierRunJson> earlierRuns,
        String warning) {

    /** An earlier run and how many of the target's contacts it reached. */
    record EarlierRunJson(SeriesRunJson run, int contactsReached) {
    }
}
