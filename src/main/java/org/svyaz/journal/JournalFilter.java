package org.svyaz.journal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which journal entries an audit view asks for; every part may be null (or empty), meaning any.
 *
 * @param recordId the record and the records that belong to it (its notes, documents)
 * @param operations the operations wanted; empty for all
 * @param exceptEntity with {@code exceptField}: entries on that field of that entity are left out
 *     (an audit view that shows them as a kind of their own)
 * @param from the earliest instant, inclusive
 * @param until the latest instant, exclusive
 */
public record JournalFilter(UUID userId, String entity, UUID recordId, String field, Set<JournalOperation> operations,
        String exceptEntity, String exceptField, Instant from, Instant until) {

    public JournalFilter {
        operations = operations == null ? Set.of() : Set.copyOf(operations);
    }

    /** Every entry. */
    public static JournalFilter all() {
        return new JournalFilter(null, null, null, null, Set.of(), null, null, null, null);
    }
}
