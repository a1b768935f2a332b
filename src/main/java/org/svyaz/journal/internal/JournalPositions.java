package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_COMMIT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.svyaz.schema.tables.JournalEntry;

/**
 * What a journal position is, in one place: the position the entry's transaction took in
 * journal_commit when it committed, the order in which "entries after N" are read. Partners
 * confirm positions and compaction compares entries with them. An entry of a transaction still
 * open has no position yet, so no partner can have confirmed it.
 */
final class JournalPositions {

    private JournalPositions() {
    }

    /**
     * The entries of a committed transaction, given its txn and last_seq: those of its txn among
     * the seqs it could have drawn, so that they are read by a range of the primary key, in the
     * order they were written.
     */
    static Condition entriesOf(Field<Long> txn, Field<Long> lastSeq) {
        return JOURNAL_ENTRY.SEQ.between(txn, lastSeq).and(JOURNAL_ENTRY.TXN.eq(txn));
    }

    /** The entry's position, or null while its transaction is open. */
    static Field<Long> of(JournalEntry entry) {
        return DSL.field(DSL.select(JOURNAL_COMMIT.POSITION).from(JOURNAL_COMMIT).where(JOURNAL_COMMIT.TXN.eq(entry.TXN)));
    }

    /** The entry is at or before {@code lowestConfirmed}, which every partner holds; any committed entry when there is no partner. */
    static Condition confirmedByAll(JournalEntry entry, OptionalLong lowestConfirmed) {
        Condition committed = JOURNAL_COMMIT.TXN.eq(entry.TXN);
        return DSL.exists(DSL.selectOne().from(JOURNAL_COMMIT).where(lowestConfirmed.isPresent()
                ? committed.and(JOURNAL_COMMIT.POSITION.le(lowestConfirmed.getAsLong()))
                : committed));
    }
}
