package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** A history item as a client records it; in a PATCH, null leaves a property as it is. */
record HistoryRequest(String regarding, String details, String activityType, String result, OffsetDateTime occurredAt,
        @JsonProperty("private") Boolean isPrivate, Long version) {
}
