package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.svyaz.shell.RecordOwner;

/** A note on a contact or a group: free text of any length, with its date and author. */
public record Note(UUID id, UUID contactId, UUID groupId, String text, boolean isPrivate, UUID authorId, OffsetDateTime notedAt,
        OffsetDateTime updatedAt, long version) {

    public RecordOwner owner() {
        return new RecordOwner(contactId, groupId);
    }
}
