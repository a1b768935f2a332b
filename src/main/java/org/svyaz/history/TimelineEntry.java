package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of the Notes/History tab: a note (kind NOTE, its text as {@code regarding}) or a
 * history item. {@code contactId} is the contact it belongs to (null for a group's own items):
 * a group's tab with its members' items shows whose each is.
 */
public record TimelineEntry(UUID id, HistoryKind kind, String regarding, String details, String activityType,
        String result, boolean isPrivate, UUID userId, OffsetDateTime occurredAt, long version,
        UUID contactId) {
}
