package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.svyaz.access.AccessInput;

/**
 * A note's text and who may see it as a client sends them; in a PATCH, null leaves a property as
 * it is. The read-only properties of a note are ignored, so a client may send back what it read.
 */
@JsonIgnoreProperties({"id", "contactId", "groupId", "author", "createdAt", "updatedAt"})
record NoteRequest(String text, @JsonProperty("private") Boolean isPrivate, String access, List<String> accessTeams,
        List<String> accessUsers, Long version) {

    AccessInput accessInput() {
        return new AccessInput(access, isPrivate, accessTeams, accessUsers);
    }
}
