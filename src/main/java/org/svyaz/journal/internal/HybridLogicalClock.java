package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.svyaz.journal.ClockSkewTooLarge;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The journal's hybrid logical clock: (wall-clock milliseconds << 16 | counter). It never goes
 * backwards, even when the wall clock does, and starts past every entry already journaled.
 *
 * <p>Each server has one, but the database coordinates them: a record's change takes
 * {@link #after(long) after(its row's hlc)}, under the row's lock, so however far apart two
 * servers' clocks are, a record's changes are ordered as they were made. Values of different
 * records may be equal; the journal orders them totally by (hlc, origin_db, origin_seq).
 */
@Component
class HybridLogicalClock {

    private static final int COUNTER_BITS = 16;

    private final DSLContext dsl;
    private final Clock wallClock;
    private long last = -1;

    @Autowired
    HybridLogicalClock(DSLContext dsl) {
        this(dsl, Clock.systemUTC());
    }

    HybridLogicalClock(DSLContext dsl, Clock wallClock) {
        this.dsl = dsl;
        this.wallClock = wallClock;
    }

    synchronized long now() {
        if (last < 0) {
            Long newest = dsl.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY).fetchOne(0, Long.class);
            last = newest == null ? 0 : newest;
        }
        last = Math.max(last + 1, wallClock.millis() << COUNTER_BITS);
        return last;
    }

    /** Moves the clock to at least {@code hlc}, after a statement has taken values up to it. */
    synchronized void advanceTo(long hlc) {
        last = Math.max(last, hlc);
    }

    /** The next value, and past {@code rowHlc}: a record's change is always later than the record's last one. */
    synchronized long after(long rowHlc) {
        long next = now();
        if (next <= rowHlc) {
            next = rowHlc + 1;
            last = next;
        }
        return next;
    }

    /**
     * Moves the clock past a timestamp that came from another database, unless it is more than
     * {@code maxSkew} ahead of this wall clock: a database whose clock runs a year ahead would
     * otherwise win every conflict for a year.
     *
     * @throws ClockSkewTooLarge when it is
     */
    synchronized void receive(long remote, Duration maxSkew) {
        long limit = wallClock.millis() + maxSkew.toMillis();
        if (millisOf(remote) > limit) {
            throw new ClockSkewTooLarge(Instant.ofEpochMilli(millisOf(remote)), Instant.ofEpochMilli(wallClock.millis()), maxSkew);
        }
        now();
        last = Math.max(last, remote);
    }

    static long millisOf(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    /** The smallest clock value of that wall-clock millisecond. */
    static long firstOf(long millis) {
        return millis << COUNTER_BITS;
    }
}
