package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.svyaz.access.Access;
import org.svyaz.history.Note;

/** A note as the REST API shows it; {@code private} is the older name of {@code access == PRIVATE}. */
record NoteJson(UUID id, UUID contactId, UUID groupId, String text, @JsonProperty("private") boolean isPrivate, Access access,
        List<UUID> accessTeams, List<String> accessUsers, String author, Instant createdAt, Instant updatedAt, long version) {

    static NoteJson of(Note note, String author, List<String> accessUserNames) {
        return new NoteJson(note.id(), note.contactId(), note.groupId(), note.text(), note.isPrivate(), note.access().level(),
                note.access().teamIds(), accessUserNames, author, note.notedAt().toInstant(), note.updatedAt().toInstant(),
                note.version());
    }
}
