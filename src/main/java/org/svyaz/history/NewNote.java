package org.svyaz.history;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A note to add in bulk, with the date it was written. */
public record NewNote(UUID contactId, String text, boolean isPrivate, OffsetDateTime notedAt) {
}
