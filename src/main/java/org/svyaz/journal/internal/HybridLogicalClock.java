package org.svyaz.journal.internal;

import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Clock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The journal's hybrid logical clock: (wall-clock milliseconds << 16 | counter). It never goes
 * backwards, even when the wall clock does, and starts past every entry already journaled.
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

    /** Moves the clock to at least {@code hlc}, after a statement has taken the values up to it. */
    synchronized void advanceTo(long hlc) {
        last = Math.max(last, hlc);
    }

    static long millisOf(long hlc) {
        return hlc >>> COUNTER_BITS;
    }

    /** The smallest clock value of that wall-clock millisecond. */
    static long firstOf(long millis) {
        return millis << COUNTER_BITS;
    }
}
