package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.TimelineEntry;
import org.svyaz.shell.RecordOwner;

/**
 * An entry of a contact's or a group's history as the REST API shows it (notes appear with kind
 * NOTE); {@code contactId} names the contact it belongs to, {@code groupId} the group.
 */
record HistoryJson(UUID id, UUID contactId, UUID groupId, HistoryKind kind, String regarding, String details, String activityType,
        String result, @JsonProperty("private") boolean isPrivate, String user, Instant occurredAt, long version) {

    static HistoryJson of(RecordOwner owner, TimelineEntry entry, String user) {
        UUID groupId = entry.contactId() == null ? owner.groupId() : null;
        return new HistoryJson(entry.id(), entry.contactId(), groupId, entry.kind(), entry.regarding(), entry.details(), entry.activityType(),
                entry.result(), entry.isPrivate(), user, entry.occurredAt().toInstant(), entry.version());
    }
}
