package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.RetainedContent;
import org.svyaz.journal.SyncPartners;
import org.svyaz.schema.tables.JournalEntry;

/**
 * Removes from the journal what neither the audit log nor any synchronization partner can still
 * need: values superseded by a later entry of the same record and field, and the entries of
 * deleted records (their tombstone last). Only entries older than the history the audit log
 * shows, and only those every known partner has confirmed. Then each module that keeps content
 * entries refer to removes what nothing refers to any more. It works in short transactions over
 * ranges of entries, so a server can go on writing beside it.
 */
@Component
class JournalCompaction {

    private static final int ENTRIES_PER_TRANSACTION = 10_000;

    private final DSLContext dsl;
    private final SyncPartners partners;
    private final List<RetainedContent> retainedContent;

    JournalCompaction(DSLContext dsl, SyncPartners partners, List<RetainedContent> retainedContent) {
        this.dsl = dsl;
        this.partners = partners;
        this.retainedContent = retainedContent;
    }

    /** What a compaction removed. */
    record Figures(long entriesBefore, long entriesAfter, long superseded, long ofDeletedRecords, long valueBytes,
            Map<String, Long> contentBytes) {
    }

    Figures compact(Instant olderThan) {
        long before = dsl.fetchCount(JOURNAL_ENTRY);
        Condition removable = JOURNAL_ENTRY.HLC.lt(HybridLogicalClock.firstOf(olderThan.toEpochMilli()))
                .and(JournalPositions.confirmedByAll(JOURNAL_ENTRY, partners.lowestConfirmed()));
        Record2<Long, Long> range = dsl.select(DSL.min(JOURNAL_ENTRY.SEQ), DSL.max(JOURNAL_ENTRY.SEQ)).from(JOURNAL_ENTRY)
                .where(removable).fetchSingle();
        long superseded = 0;
        long ofDeleted = 0;
        long valueBytes = 0;
        if (range.value1() != null) {
            for (long from = range.value1(); from <= range.value2(); from += ENTRIES_PER_TRANSACTION) {
                Condition batch = removable.and(JOURNAL_ENTRY.SEQ.between(from, from + ENTRIES_PER_TRANSACTION - 1));
                long[] removed = dsl.transactionResult(transaction -> new long[] {
                        valueBytes(transaction.dsl(), batch.and(ofDeletedRecord().or(superseded()))),
                        transaction.dsl().deleteFrom(JOURNAL_ENTRY).where(batch).and(ofDeletedRecord()).execute(),
                        transaction.dsl().deleteFrom(JOURNAL_ENTRY).where(batch).and(superseded()).execute()});
                valueBytes += removed[0];
                ofDeleted += removed[1];
                superseded += removed[2];
            }
        }
        Map<String, Long> contentBytes = new LinkedHashMap<>();
        for (RetainedContent content : retainedContent) {
            contentBytes.put(content.description(), content.removeUnreferenced(this::mentions));
        }
        return new Figures(before, dsl.fetchCount(JOURNAL_ENTRY), superseded, ofDeleted, valueBytes, contentBytes);
    }

    /**
     * A value set again later: not the winner of its field by (hlc, origin_db, origin_seq). Both
     * conditions compare each entry with one scalar subquery along the record's index, which
     * neither database can turn into a join: a join planned on stale statistics (no tombstones
     * when last analyzed, 160,000 now) compared every entry of a batch with every tombstone.
     */
    private static Condition superseded() {
        JournalEntry same = JOURNAL_ENTRY.as("same_field");
        return JOURNAL_ENTRY.OP.eq(JournalOperation.SET.name()).and(JOURNAL_ENTRY.SEQ.ne(DSL.field(DSL.select(same.SEQ).from(same)
                .where(same.RECORD_ID.eq(JOURNAL_ENTRY.RECORD_ID))
                .and(same.ENTITY.eq(JOURNAL_ENTRY.ENTITY))
                .and(same.FIELD.eq(JOURNAL_ENTRY.FIELD))
                .orderBy(same.HLC.desc(), same.ORIGIN_DB.desc(), same.ORIGIN_SEQ.desc())
                .limit(1))));
    }

    /**
     * An entry of a deleted record, the tombstone included (the caller's conditions keep a
     * tombstone some partner has not confirmed). A deletion wins over every other change of its
     * record, wherever it was made, so a tombstone that took effect is the record's end.
     */
    /** Entries of a record the journal deleted: none of them shapes the tables any more. */
    static Condition ofDeletedRecord() {
        JournalEntry same = JOURNAL_ENTRY.as("same_record");
        return DSL.exists(DSL.selectOne().from(same)
                .where(same.RECORD_ID.eq(JOURNAL_ENTRY.RECORD_ID))
                .and(same.ENTITY.eq(JOURNAL_ENTRY.ENTITY))
                .and(same.OP.eq(JournalOperation.DELETE.name()))
                .and(same.LOST.isFalse()));
    }

    private static long valueBytes(DSLContext transaction, Condition which) {
        Long bytes = transaction.select(DSL.sum(DSL.octetLength(JOURNAL_ENTRY.FIELD_VALUE)).cast(Long.class)).from(JOURNAL_ENTRY)
                .where(which).fetchOne(0, Long.class);
        return bytes == null ? 0 : bytes;
    }

    private boolean mentions(String entity, String text) {
        return dsl.fetchExists(JOURNAL_ENTRY, JOURNAL_ENTRY.ENTITY.eq(entity).and(JOURNAL_ENTRY.FIELD_VALUE.contains(text)));
    }
}
