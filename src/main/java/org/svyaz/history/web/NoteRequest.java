package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A note's text and privacy as a client sends them; in a PATCH, null leaves a property as it is. */
record NoteRequest(String text, @JsonProperty("private") Boolean isPrivate, Long version) {
}
