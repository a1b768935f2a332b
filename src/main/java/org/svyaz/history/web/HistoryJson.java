package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.TimelineEntry;

/** An entry of a contact's history as the REST API shows it (notes appear with kind NOTE). */
record HistoryJson(UUID id, UUID contactId, HistoryKind kind, String regarding, String details, String activityType,
        String result, @JsonProperty("private") boolean isPrivate, String user, Instant occurredAt, long version) {

    static HistoryJson of(UUID contactId, TimelineEntry entry, String user) {
        return new HistoryJson(entry.id(), contactId, entry.kind(), entry.regarding(), entry.details(), entry.activityType(),
                entry.result(), entry.isPrivate(), user, entry.occurredAt().toInstant(), entry.version());
    }
}
