package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.svyaz.access.RecordAccess;
import org.svyaz.shell.RecordOwner;

/** A note on a contact or a group: free text of any length, with its date and author. */
public record Note(UUID id, UUID contactId, UUID groupId, String text, RecordAccess access, UUID authorId, OffsetDateTime notedAt,
        OffsetDateTime updatedAt, long version) {

    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** The same note with its access as read with its grants. */
    public Note with(RecordAccess fullAccess) {
        return new Note(id, contactId, groupId, text, fullAccess, authorId, notedAt, updatedAt, version);
    }

    public RecordOwner owner() {
        return new RecordOwner(contactId, groupId);
    }
}
