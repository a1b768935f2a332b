package org.svyaz.journal.internal;

import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.svyaz.schema.tables.JournalEntry;

/**
 * What a journal position is, in one place: partners confirm positions and compaction compares
 * entries with them. Today an entry's position is its seq.
 */
final class JournalPositions {

    private JournalPositions() {
    }

    static Field<Long> of(JournalEntry entry) {
        return entry.SEQ;
    }

    /** The entry is at or before {@code lowestConfirmed}, which every partner holds; any entry when there is no partner. */
    static Condition confirmedByAll(JournalEntry entry, OptionalLong lowestConfirmed) {
        return lowestConfirmed.isPresent() ? of(entry).le(lowestConfirmed.getAsLong()) : DSL.noCondition();
    }
}
