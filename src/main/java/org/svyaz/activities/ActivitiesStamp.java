package org.svyaz.activities;

import java.time.OffsetDateTime;

/**
 * What tells cheaply whether a set of activities changed (a feed's ETag): how many there are,
 * the sum of their versions (an update raises it) and their latest change, null when there are none.
 */
public record ActivitiesStamp(long count, long versions, OffsetDateTime lastChange) {
}
