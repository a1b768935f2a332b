package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalFilter;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalPosition;
import org.svyaz.schema.tables.records.JournalEntryRecord;

@Component
class JooqJournal implements Journal {

    private final DSLContext dsl;

    JooqJournal(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<JournalEntry> entriesAbout(UUID recordId, Long beforeSeq, int limit) {
        Condition older = beforeSeq == null ? DSL.noCondition() : JOURNAL_ENTRY.SEQ.lt(beforeSeq);
        // two index range scans rather than one OR, which neither database plans well
        var own = dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(recordId)).and(older);
        var children = dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.PARENT_ID.eq(recordId)).and(older);
        return dsl.selectFrom(own.union(children).asTable(JOURNAL_ENTRY))
                .orderBy(JOURNAL_ENTRY.SEQ.desc())
                .limit(limit)
                .fetch(JooqJournal::toEntry);
    }

    @Override
    public List<JournalEntry> entries(JournalFilter filter, JournalPosition after, int limit) {
        Condition selected = matching(filter).and(after(after));
        if (filter.recordId() == null) {
            // newest first straight from an index that ends in hlc: the user's, the entity's or the clock's own
            return dsl.selectFrom(JOURNAL_ENTRY).where(selected)
                    .orderBy(JOURNAL_ENTRY.HLC.desc(), JOURNAL_ENTRY.SEQ.desc())
                    .limit(limit)
                    .fetch(JooqJournal::toEntry);
        }
        return dsl.selectFrom(aboutRecord(filter.recordId(), selected).asTable(JOURNAL_ENTRY))
                .orderBy(JOURNAL_ENTRY.HLC.desc(), JOURNAL_ENTRY.SEQ.desc())
                .limit(limit)
                .fetch(JooqJournal::toEntry);
    }

    @Override
    public long count(JournalFilter filter) {
        Condition selected = matching(filter);
        if (filter.recordId() == null) {
            return dsl.fetchCount(JOURNAL_ENTRY, selected);
        }
        return dsl.fetchCount(aboutRecord(filter.recordId(), selected));
    }

    /** A record's entries and those of the records that belong to it: two index range scans rather than one OR. */
    private Select<JournalEntryRecord> aboutRecord(UUID recordId, Condition selected) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(recordId)).and(selected)
                .union(dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.PARENT_ID.eq(recordId)).and(selected));
    }

    private static Condition matching(JournalFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.userId() != null) {
            condition = condition.and(JOURNAL_ENTRY.USER_ID.eq(filter.userId()));
        }
        if (filter.entity() != null) {
            condition = condition.and(JOURNAL_ENTRY.ENTITY.eq(filter.entity()));
        }
        if (filter.field() != null) {
            condition = condition.and(JOURNAL_ENTRY.FIELD.eq(filter.field()));
        }
        if (!filter.operations().isEmpty()) {
            condition = condition.and(JOURNAL_ENTRY.OP.in(filter.operations().stream().map(Enum::name).toList()));
        }
        if (filter.exceptEntity() != null && filter.exceptField() != null) {
            condition = condition.andNot(JOURNAL_ENTRY.ENTITY.eq(filter.exceptEntity()).and(JOURNAL_ENTRY.FIELD.eq(filter.exceptField())));
        }
        if (filter.from() != null) {
            condition = condition.and(JOURNAL_ENTRY.HLC.ge(HybridLogicalClock.firstOf(ceilingMillis(filter.from()))));
        }
        if (filter.until() != null) {
            condition = condition.and(JOURNAL_ENTRY.HLC.lt(HybridLogicalClock.firstOf(ceilingMillis(filter.until()))));
        }
        return condition;
    }

    /** An entry knows its time to the millisecond: it is at or after an instant when its millisecond is. */
    private static long ceilingMillis(Instant instant) {
        long millis = instant.toEpochMilli();
        return instant.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    private static Condition after(JournalPosition position) {
        if (position == null) {
            return DSL.noCondition();
        }
        // the first part bounds the index range, the second leaves out the entries read at its edge
        return JOURNAL_ENTRY.HLC.le(position.hlc())
                .and(JOURNAL_ENTRY.HLC.lt(position.hlc()).or(JOURNAL_ENTRY.SEQ.lt(position.seq())));
    }

    private static JournalEntry toEntry(Record row) {
        JournalEntryRecord entry = row.into(JOURNAL_ENTRY);
        return new JournalEntry(
                entry.getSeq(),
                entry.getHlc(),
                Instant.ofEpochMilli(HybridLogicalClock.millisOf(entry.getHlc())),
                entry.getEntity(),
                entry.getRecordId(),
                entry.getField(),
                entry.getFieldValue(),
                JournalOperation.valueOf(entry.getOp()),
                entry.getUserId());
    }
}
