package org.svyaz.series;

import java.util.List;
import java.util.UUID;

/**
 * What scheduling a series does, or did: how many contacts and activities, the run made
 * ({@code runId}; null for a preview), and the earlier runs of the same series that already
 * reached some of these contacts (a warning, not a refusal).
 */
public record SeriesSchedule(long contacts, long activities, UUID runId, List<EarlierRun> earlierRuns) {

    /** An earlier run of the series and how many of the target's contacts it reached. */
    public record EarlierRun(SeriesRun run, int contactsReached) {
    }
}
