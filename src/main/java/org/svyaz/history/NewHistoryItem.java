package org.svyaz.history;

import java.time.OffsetDateTime;

/**
 * What a user (or a module) records as history; {@code occurredAt} null means now, and
 * {@code activityType} and {@code result} may be null.
 */
public record NewHistoryItem(HistoryKind kind, String activityType, String result, String regarding, String details,
        boolean isPrivate, OffsetDateTime occurredAt) {
}
