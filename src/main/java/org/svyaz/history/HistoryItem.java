package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.svyaz.shell.RecordOwner;

/**
 * A history item of a contact or a group: something that happened.
 *
 * @param activityType the kind of activity it records (a call, a meeting, a to-do, ...), or null
 * @param result how it ended (COMPLETED, NOT_COMPLETED, LEFT_MESSAGE, OTHER), or null
 */
public record HistoryItem(UUID id, UUID contactId, UUID groupId, HistoryKind kind, String activityType, String result, String regarding,
        String details, boolean isPrivate, UUID userId, OffsetDateTime occurredAt, long version) {

    public RecordOwner owner() {
        return new RecordOwner(contactId, groupId);
    }
}
