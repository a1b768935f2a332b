package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the Notes/History tab: a note (kind NOTE, its text as {@code regarding}) or a
 * history item.
 */
public record TimelineEntry(UUID id, HistoryKind kind, String regarding, String details, String activityType,
        String result, boolean isPrivate, UUID userId, OffsetDateTime occurredAt, long version) {
}
