package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalOperation;

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
                .fetch(entry -> new JournalEntry(
                        entry.getSeq(),
                        entry.getHlc(),
                        Instant.ofEpochMilli(HybridLogicalClock.millisOf(entry.getHlc())),
                        entry.getEntity(),
                        entry.getRecordId(),
                        entry.getField(),
                        entry.getFieldValue(),
                        JournalOperation.valueOf(entry.getOp()),
                        entry.getUserId()));
    }
}
