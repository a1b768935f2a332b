package org.svyaz.journal;

import java.util.UUID;

/**
 * A journal entry as it leaves one database and arrives in another: its identity where it was
 * made ({@code originDb}, {@code originSeq}), its place in that database's commit order
 * ({@code originPosition}, then {@code originSeq}), its clock, and the change itself in the
 * journal's fixed format ({@code format}, see {@link JournalValues}).
 *
 * @param baseHlc for a change of a field, the clock of the value of that field its origin held
 *     (the field's newest entry there, or the record's creation); for a deletion, the record's
 *     clock; null for a creation: a change that loses to another is a conflict when its origin
 *     had not seen the winner
 */
public record ExchangedEntry(
        UUID originDb,
        long originSeq,
        long originPosition,
        long hlc,
        Long baseHlc,
        String entity,
        UUID recordId,
        UUID parentId,
        String field,
        String value,
        JournalOperation operation,
        UUID userId,
        int format) {

    /** Where this entry is in its origin's commit order. */
    public JournalCursor cursor() {
        return new JournalCursor(originPosition, originSeq);
    }
}
