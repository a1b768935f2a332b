package org.svyaz.activities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Published inside the clearing transaction, after the contacts' history items are written, so
 * that other modules record it too (the groups module: a history item on the activity's group).
 *
 * @param groupId the activity's group, or null
 */
public record ActivityCleared(UUID activityId, UUID groupId, List<UUID> contactIds, String type, ClearResult result,
        String regarding, String details, boolean isPrivate, OffsetDateTime clearedAt) {
}
