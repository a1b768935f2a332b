package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A note's text and privacy as a client sends them; in a PATCH, null leaves a property as it is.
 * The read-only properties of a note are ignored, so a client may send back what it read.
 */
@JsonIgnoreProperties({"id", "contactId", "groupId", "author", "createdAt", "updatedAt"})
record NoteRequest(String text, @JsonProperty("private") Boolean isPrivate, Long version) {
}
