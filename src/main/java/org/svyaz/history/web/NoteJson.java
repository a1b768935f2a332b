package org.svyaz.history.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;
import org.svyaz.history.Note;

/** A note as the REST API shows it. */
record NoteJson(UUID id, UUID contactId, UUID groupId, String text, @JsonProperty("private") boolean isPrivate, String author,
        Instant createdAt, Instant updatedAt, long version) {

    static NoteJson of(Note note, String author) {
        return new NoteJson(note.id(), note.contactId(), note.groupId(), note.text(), note.isPrivate(), author, note.notedAt().toInstant(),
                note.updatedAt().toInstant(), note.version());
    }
}
