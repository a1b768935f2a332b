package org.svyaz.journal;

import java.time.Instant;
import java.util.UUID;

/**
 * One journal entry as an audit view shows it.
 *
 * @param value the new value as JSON text (for a CREATE, an object of all fields), or null for a
 *     cleared field or a delete
 * @param userId who made the change, or null for the system itself
 */
public record JournalEntry(
        long seq,
        long hlc,
        Instant changedAt,
        String entity,
        UUID recordId,
        String field,
        String value,
        JournalOperation operation,
        UUID userId) {
}
