package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note on a contact: free text of any length, with its date and author. */
public record Note(UUID id, UUID contactId, String text, boolean isPrivate, UUID authorId, OffsetDateTime notedAt,
        OffsetDateTime updatedAt, long version) {
}
