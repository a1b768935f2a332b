package org.svyaz.journal.internal;

import static org.svyaz.schema.Sequences.JOURNAL_CONFLICT_SEQ;
import static org.svyaz.schema.Sequences.JOURNAL_SEQ;
import static org.svyaz.schema.Tables.JOURNAL_COMMIT;
import static org.svyaz.schema.Tables.JOURNAL_CONFLICT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.JOURNAL_HEAD;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.journal.ExchangedEntry;
import org.svyaz.journal.JournalCursor;
import org.svyaz.journal.JournalExchange;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.NameClash;
import org.svyaz.schema.tables.records.JournalCommitRecord;
import org.svyaz.schema.tables.records.JournalEntryRecord;

@Component
class JooqJournalExchange implements JournalExchange {

    /** The total order of competing changes: clock, then origin database, then its sequence. */
    static final Comparator<Winner> NEWEST_LAST = Comparator.comparingLong(Winner::hlc)
            .thenComparing(winner -> winner.originDb().toString())
            .thenComparingLong(Winner::originSeq);

    private final DSLContext dsl;
    private final DatabaseIdentity identity;
    private final HybridLogicalClock clock;
    private final CommitPositions commits;
    private final EntryApplier applier;
    private final EntityRegistry registry;
    private final Duration maxClockSkew;
    private final Map<String, NameClash.Settler> settlers;

    JooqJournalExchange(DSLContext dsl, DatabaseIdentity identity, HybridLogicalClock clock, CommitPositions commits, EntryApplier applier,
            EntityRegistry registry, @Value("${svyaz.sync.max-clock-skew:PT10M}") Duration maxClockSkew, List<NameClash.Settler> settlers) {
        this.dsl = dsl;
        this.identity = identity;
        this.clock = clock;
        this.commits = commits;
        this.applier = applier;
        this.registry = registry;
        this.maxClockSkew = maxClockSkew;
        this.settlers = settlers.stream().collect(Collectors.toUnmodifiableMap(NameClash.Settler::entity, Function.identity()));
        registry.entities().stream().filter(entity -> entity.uniqueName() != null && !this.settlers.containsKey(entity.name()))
                .findFirst().ifPresent(entity -> {
                    throw new IllegalStateException("The entity " + entity.name() + " has a unique name but no module settles its clashes");
                });
    }

    @Override
    public UUID databaseId() {
        return identity.databaseId();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExchangedEntry> entriesOf(UUID origin, JournalCursor after, int limit) {
        if (origin.equals(identity.databaseId())) {
            return ownEntries(after, limit);
        }
        return dsl.selectFrom(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ORIGIN_DB.eq(origin)).and(JOURNAL_ENTRY.LOCAL_ONLY.isFalse())
                .and(JOURNAL_ENTRY.ORIGIN_POSITION.isNotNull())
                .and(DSL.row(JOURNAL_ENTRY.ORIGIN_POSITION, JOURNAL_ENTRY.ORIGIN_SEQ).gt(after.position(), after.seq()))
                .orderBy(JOURNAL_ENTRY.ORIGIN_POSITION, JOURNAL_ENTRY.ORIGIN_SEQ)
                .limit(limit)
                .fetch(entry -> exported(entry, entry.getOriginPosition()));
    }

    /**
     * This database's entries after the cursor, transaction by transaction in commit order, each
     * read by its range of seqs: a page of a transaction of a million entries costs what a page
     * of a small one does.
     */
    private List<ExchangedEntry> ownEntries(JournalCursor after, int limit) {
        List<ExchangedEntry> page = new ArrayList<>();
        long fromPosition = after.position();
        while (page.size() < limit) {
            List<JournalCommitRecord> commits = dsl.selectFrom(JOURNAL_COMMIT).where(JOURNAL_COMMIT.POSITION.ge(fromPosition))
                    .orderBy(JOURNAL_COMMIT.POSITION).limit(limit).fetch();
            for (JournalCommitRecord commit : commits) {
                long afterSeq = commit.getPosition() == after.position() ? after.seq() : Long.MIN_VALUE;
                dsl.selectFrom(JOURNAL_ENTRY)
                        .where(JournalPositions.entriesOf(DSL.val(commit.getTxn()), DSL.val(commit.getLastSeq())))
                        .and(JOURNAL_ENTRY.SEQ.gt(afterSeq))
                        .and(JOURNAL_ENTRY.ORIGIN_DB.eq(identity.databaseId())).and(JOURNAL_ENTRY.LOCAL_ONLY.isFalse())
                        .orderBy(JOURNAL_ENTRY.SEQ)
                        .limit(limit - page.size())
                        .forEach(entry -> page.add(exported(entry, commit.getPosition())));
                if (page.size() == limit) {
                    return page;
                }
            }
            if (commits.size() < limit) {
                return page;
            }
            fromPosition = commits.get(commits.size() - 1).getPosition() + 1;
        }
        return page;
    }

    /** An entry as it leaves: a creation without the fields local to this database. */
    private ExchangedEntry exported(JournalEntryRecord entry, long position) {
        String value = entry.getFieldValue();
        if (JournalOperation.CREATE.name().equals(entry.getOp()) && value != null) {
            JournaledEntity entity = registry.entity(entry.getEntity());
            ObjectNode fields = (ObjectNode) JournalValues.read(value);
            fields.retain(fieldNames(fields).stream().filter(field -> !entity.isLocalOnly(field)).toList());
            value = JournalValues.write(fields);
        }
        return new ExchangedEntry(entry.getOriginDb(), entry.getOriginSeq(), position, entry.getHlc(), entry.getBaseHlc(),
                entry.getEntity(), entry.getRecordId(), entry.getParentId(), entry.getField(), value,
                JournalOperation.valueOf(entry.getOp()), entry.getUserId(), entry.getFormat());
    }

    private static List<String> fieldNames(ObjectNode fields) {
        List<String> names = new ArrayList<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, JournalCursor> held() {
        Map<UUID, JournalCursor> held = new HashMap<>();
        long last = dsl.select(JOURNAL_HEAD.LAST_POSITION).from(JOURNAL_HEAD).fetchSingle(JOURNAL_HEAD.LAST_POSITION);
        held.put(identity.databaseId(), new JournalCursor(last, Long.MAX_VALUE));
        dsl.select(JOURNAL_ENTRY.ORIGIN_DB, DSL.max(JOURNAL_ENTRY.ORIGIN_POSITION)).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ORIGIN_POSITION.isNotNull())
                .groupBy(JOURNAL_ENTRY.ORIGIN_DB)
                .forEach(row -> held.put(row.value1(), new JournalCursor(row.value2(), dsl.select(DSL.max(JOURNAL_ENTRY.ORIGIN_SEQ))
                        .from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.ORIGIN_DB.eq(row.value1()))
                        .and(JOURNAL_ENTRY.ORIGIN_POSITION.eq(row.value2())).fetchSingle(0, Long.class))));
        return held;
    }

    @Override
    @Transactional
    public Applied apply(List<ExchangedEntry> entries) {
        return JournalScope.within(() -> applyInScope(entries));
    }

    private Applied applyInScope(List<ExchangedEntry> entries) {
        for (ExchangedEntry entry : entries) {
            clock.receive(entry.hlc(), maxClockSkew);
        }
        long txn = commits.currentTransaction("apply");
        Set<String> held = new HashSet<>();
        int applied = 0;
        int skipped = 0;
        int lost = 0;
        int conflicts = 0;
        for (ExchangedEntry entry : entries) {
            String key = entry.originDb() + "/" + entry.originSeq();
            if (!held.add(key) || isHeld(entry)) {
                skipped++;
                continue;
            }
            Decision decision = decide(entry);
            journal(entry, txn, !decision.applies());
            if (decision.applies()) {
                FreeNames.Clash clash = applier.apply(dsl, new EntryApplier.Change(entry.entity(), entry.recordId(), entry.field(),
                        entry.operation(), JournalValues.read(entry.value()), entry.hlc(), entry.userId()));
                if (clash != null) {
                    settlers.get(clash.entity()).settle(clash.holder(), clash.arriving(), clash.name());
                }
                applied++;
            } else {
                lost++;
            }
            if (decision.loser() != null) {
                conflict(entry, decision);
                conflicts++;
            }
        }
        return new Applied(applied, skipped, lost, conflicts);
    }

    /**
     * Whether the journal holds the entry: one this database wrote (under its id now or an earlier
     * one) under its own seq, which its origin seq is, one from elsewhere by its origin, which only
     * entries from elsewhere are indexed by (on PostgreSQL).
     */
    private boolean isHeld(ExchangedEntry entry) {
        return dsl.fetchExists(JOURNAL_ENTRY, JOURNAL_ENTRY.SEQ.eq(entry.originSeq()).and(JOURNAL_ENTRY.ORIGIN_DB.eq(entry.originDb()))
                .and(JOURNAL_ENTRY.ORIGIN_POSITION.isNull()))
                || dsl.fetchExists(JOURNAL_ENTRY, JOURNAL_ENTRY.ORIGIN_DB.eq(entry.originDb()).and(JOURNAL_ENTRY.ORIGIN_SEQ.eq(entry.originSeq()))
                        .and(JOURNAL_ENTRY.ORIGIN_POSITION.isNotNull()));
    }

    /** A change competing for a field: its clock and identity, and what it set. */
    record Winner(long hlc, UUID originDb, long originSeq, String value, UUID userId) {
    }

    /** Whether an entry applies, and the loser of a concurrent change of the same field, if there was one. */
    private record Decision(boolean applies, Winner loser, Winner winner) {

        static Decision apply() {
            return new Decision(true, null, null);
        }

        static Decision lose() {
            return new Decision(false, null, null);
        }
    }

    private Decision decide(ExchangedEntry entry) {
        if (entry.operation() == JournalOperation.DELETE) {
            return Decision.apply();
        }
        if (isDeleted(entry.recordId())) {
            // a deleted record stays deleted, whatever arrives for it later
            return Decision.lose();
        }
        if (entry.operation() == JournalOperation.CREATE) {
            return Decision.apply();
        }
        boolean links = entry.operation() != JournalOperation.SET;
        Winner current = current(entry, links);
        Winner arriving = new Winner(entry.hlc(), entry.originDb(), entry.originSeq(), entry.value(), entry.userId());
        if (current == null) {
            return Decision.apply();
        }
        if (NEWEST_LAST.compare(arriving, current) > 0) {
            boolean concurrent = !links && !current.originDb().equals(entry.originDb())
                    && (entry.baseHlc() == null || entry.baseHlc() < current.hlc());
            return concurrent ? new Decision(true, current, arriving) : Decision.apply();
        }
        boolean concurrent = !links && !current.originDb().equals(entry.originDb())
                && (entry.baseHlc() == null || entry.baseHlc() < current.hlc());
        return concurrent ? new Decision(false, arriving, current) : Decision.lose();
    }

    private boolean isDeleted(UUID recordId) {
        return dsl.fetchExists(JOURNAL_ENTRY, JOURNAL_ENTRY.RECORD_ID.eq(recordId).and(JOURNAL_ENTRY.OP.eq(JournalOperation.DELETE.name()))
                .and(JOURNAL_ENTRY.LOST.isFalse()));
    }

    /** The newest change held of the entry's field (for links, of its link to the same record). */
    private Winner current(ExchangedEntry entry, boolean links) {
        Condition sameField = JOURNAL_ENTRY.RECORD_ID.eq(entry.recordId()).and(JOURNAL_ENTRY.FIELD.eq(entry.field()))
                .and(JOURNAL_ENTRY.LOST.isFalse());
        sameField = links
                ? sameField.and(JOURNAL_ENTRY.OP.in(JournalOperation.LINK.name(), JournalOperation.UNLINK.name()))
                        .and(JOURNAL_ENTRY.FIELD_VALUE.eq(entry.value()))
                : sameField.and(JOURNAL_ENTRY.OP.eq(JournalOperation.SET.name()));
        Long newest = dsl.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY).where(sameField).fetchOne(0, Long.class);
        if (newest == null) {
            return null;
        }
        return dsl.selectFrom(JOURNAL_ENTRY).where(sameField).and(JOURNAL_ENTRY.HLC.eq(newest))
                .fetch(row -> new Winner(row.getHlc(), row.getOriginDb(), row.getOriginSeq(), row.getFieldValue(), row.getUserId()))
                .stream().max(NEWEST_LAST).orElseThrow();
    }

    private void journal(ExchangedEntry entry, long txn, boolean lost) {
        long seq = dsl.nextval(JOURNAL_SEQ);
        JournalEntryRecord row = dsl.newRecord(JOURNAL_ENTRY);
        row.setSeq(seq);
        row.setOriginDb(entry.originDb());
        row.setOriginSeq(entry.originSeq());
        row.setOriginPosition(entry.originPosition());
        row.setHlc(entry.hlc());
        row.setBaseHlc(entry.baseHlc());
        row.setEntity(entry.entity());
        row.setRecordId(entry.recordId());
        row.setParentId(entry.parentId());
        row.setField(entry.field());
        row.setFieldValue(entry.value());
        row.setOp(entry.operation().name());
        row.setUserId(entry.userId());
        row.setTxn(txn);
        row.setFormat((short) entry.format());
        row.setLocalOnly(false);
        row.setLost(lost);
        dsl.executeInsert(row);
    }

    private void conflict(ExchangedEntry entry, Decision decision) {
        Winner loser = decision.loser();
        Winner winner = decision.winner();
        dsl.insertInto(JOURNAL_CONFLICT)
                .set(JOURNAL_CONFLICT.ID, dsl.nextval(JOURNAL_CONFLICT_SEQ))
                .set(JOURNAL_CONFLICT.ENTITY, entry.entity())
                .set(JOURNAL_CONFLICT.RECORD_ID, entry.recordId())
                .set(JOURNAL_CONFLICT.FIELD, entry.field())
                .set(JOURNAL_CONFLICT.LOSING_VALUE, loser.value())
                .set(JOURNAL_CONFLICT.LOSING_HLC, loser.hlc())
                .set(JOURNAL_CONFLICT.LOSING_ORIGIN_DB, loser.originDb())
                .set(JOURNAL_CONFLICT.LOSING_ORIGIN_SEQ, loser.originSeq())
                .set(JOURNAL_CONFLICT.LOSING_USER_ID, loser.userId())
                .set(JOURNAL_CONFLICT.WINNING_VALUE, winner.value())
                .set(JOURNAL_CONFLICT.WINNING_HLC, winner.hlc())
                .set(JOURNAL_CONFLICT.WINNING_ORIGIN_DB, winner.originDb())
                .set(JOURNAL_CONFLICT.WINNING_ORIGIN_SEQ, winner.originSeq())
                .set(JOURNAL_CONFLICT.DETECTED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Conflict> conflicts(UUID recordId) {
        return dsl.selectFrom(JOURNAL_CONFLICT).where(JOURNAL_CONFLICT.RECORD_ID.eq(recordId)).orderBy(JOURNAL_CONFLICT.ID.desc())
                .fetch(row -> new Conflict(row.getEntity(), row.getRecordId(), row.getField(), row.getLosingValue(),
                        row.getLosingOriginDb(), row.getWinningValue(), row.getWinningOriginDb()));
    }
}
