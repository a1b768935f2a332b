package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.svyaz.history.HistoryKind;

/**
 * A history item as a client records it; in a PATCH, null leaves a property as it is. A client
 * records MANUAL items only; {@code kind} may say so, as the items it reads do.
 */
@JsonIgnoreProperties({"id", "contactId", "groupId", "user"})
record HistoryRequest(HistoryKind kind, String regarding, String details, String activityType, String result,
        OffsetDateTime occurredAt, @JsonProperty("private") Boolean isPrivate, Long version) {
}
