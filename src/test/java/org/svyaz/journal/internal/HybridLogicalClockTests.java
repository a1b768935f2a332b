package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The journal's hybrid logical clock on its own, with a wall clock the test sets and an
 * in-memory H2 database holding just the journal table, made by the journal's migration.
 */
class HybridLogicalClockTests {

    private static final long T = Instant.parse("2003-09-05T12:00:00Z").toEpochMilli();

    private CloseableDSLContext dsl;
    private final WallClock wall = new WallClock(T);

    @BeforeEach
    void journalTable() {
        dsl = journalDatabase();
    }

    @AfterEach
    void close() {
        dsl.close();
    }

    @Test
    void startsAtTheWallClockOnAnEmptyJournal() {
        assertThat(new HybridLogicalClock(dsl, wall).now()).isEqualTo(T << 16);
    }

    @Test
    void countsUpWithinOneMillisecond() {
        HybridLogicalClock clock = new HybridLogicalClock(dsl, wall);
        long first = clock.now();
        for (int i = 1; i <= 1000; i++) {
            long next = clock.now();
            assertThat(next).isEqualTo(first + i);
            assertThat(HybridLogicalClock.millisOf(next)).isEqualTo(T);
        }
    }

    @Test
    void followsTheWallClockWhenItMovesOn() {
        HybridLogicalClock clock = new HybridLogicalClock(dsl, wall);
        clock.now();
        clock.now();
        wall.set(T + 5);
        assertThat(clock.now()).isEqualTo((T + 5) << 16);
    }

    @Test
    void neverGoesBackwardsWhenTheWallClockDoes() {
        HybridLogicalClock clock = new HybridLogicalClock(dsl, wall);
        long beforeTheJump = clock.now();
        wall.set(T - 3_600_000);
        long afterTheJump = clock.now();
        assertThat(afterTheJump).isGreaterThan(beforeTheJump);
        assertThat(HybridLogicalClock.millisOf(afterTheJump)).isEqualTo(T);
        wall.set(T - 1);
        assertThat(clock.now()).isGreaterThan(afterTheJump);
    }

    @Test
    void startsAfterTheNewestTimestampAlreadyJournaled() {
        long aheadByAnHour = ((T + 3_600_000) << 16) + 7;
        journalEntry(1, (T - 60_000) << 16);
        journalEntry(2, aheadByAnHour);
        journalEntry(3, T << 16);
        HybridLogicalClock clock = new HybridLogicalClock(dsl, wall);
        assertThat(clock.now()).isEqualTo(aheadByAnHour + 1);
        assertThat(clock.now()).isEqualTo(aheadByAnHour + 2);
    }

    @Property(tries = 200)
    void givesStrictlyIncreasingValuesWhateverTheWallClockSays(
            @ForAll @Size(min = 1, max = 200) List<@LongRange(min = 0, max = 1L << 46) Long> wallClockReadings) {
        try (CloseableDSLContext database = journalDatabase()) {
            WallClock wallClock = new WallClock(wallClockReadings.get(0));
            HybridLogicalClock clock = new HybridLogicalClock(database, wallClock);
            long previous = -1;
            for (long reading : wallClockReadings) {
                wallClock.set(reading);
                long now = clock.now();
                assertThat(now).isGreaterThan(previous);
                assertThat(HybridLogicalClock.millisOf(now)).isGreaterThanOrEqualTo(reading);
                previous = now;
            }
        }
    }

    private void journalEntry(long seq, long hlc) {
        dsl.insertInto(JOURNAL_ENTRY)
                .set(JOURNAL_ENTRY.SEQ, seq)
                .set(JOURNAL_ENTRY.ORIGIN_DB, UUID.randomUUID())
                .set(JOURNAL_ENTRY.ORIGIN_SEQ, seq)
                .set(JOURNAL_ENTRY.HLC, hlc)
                .set(JOURNAL_ENTRY.ENTITY, "contact")
                .set(JOURNAL_ENTRY.RECORD_ID, UUID.randomUUID())
                .set(JOURNAL_ENTRY.FIELD, "*")
                .set(JOURNAL_ENTRY.OP, "CREATE")
                .execute();
    }

    private static CloseableDSLContext journalDatabase() {
        CloseableDSLContext database = DSL.using("jdbc:h2:mem:hlc-" + UUID.randomUUID() + ";DATABASE_TO_LOWER=TRUE",
                "sa", "");
        database.execute("runscript from 'classpath:db/migration/common/V1__journal_init.sql'");
        return database;
    }

    /** A wall clock that shows whatever millisecond the test sets, also one in the past. */
    private static final class WallClock extends Clock {

        private long millis;

        WallClock(long millis) {
            this.millis = millis;
        }

        void set(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The clock is UTC only");
        }
    }
}
