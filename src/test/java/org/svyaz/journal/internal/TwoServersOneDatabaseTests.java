package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.JOURNAL_COMMIT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournaledWrites;

/**
 * Two Svyaz servers on one database, each with its own clock, one of them ten minutes behind:
 * the database orders each record's changes, so every change of a record has a later hlc than
 * the one before it, and the last change made is the one last-writer-wins picks everywhere.
 */
class TwoServersOneDatabaseTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Autowired
    DatabaseIdentity identity;

    @Autowired
    EntityRegistry registry;

    @Autowired
    CommitPositions commits;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ContactManagement contacts;

    @Test
    void aServerWhoseClockIsBehindStillWritesEachRecordsChangesLaterThanTheOnesBefore() {
        JournaledWrites ahead = server(Clock.systemUTC());
        JournaledWrites behind = server(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
        UUID barney = as(data.admin(), () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());

        for (int i = 0; i < 6; i++) {
            setLastName(i % 2 == 0 ? ahead : behind, barney, "Name " + i);
        }

        assertThat(hlcsInCommitOrder(barney)).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(lastWriterOfLastName(barney)).as("last-writer-wins picks the change made last").isEqualTo("\"Name 5\"");
        assertThat(lastNameOf(barney)).isEqualTo("Name 5");
        assertThat(dsl.select(CONTACT.HLC).from(CONTACT).where(CONTACT.ID.eq(barney)).fetchSingle(CONTACT.HLC))
                .as("the row keeps its last change's clock").isEqualTo(hlcsInCommitOrder(barney).get(hlcsInCommitOrder(barney).size() - 1));
    }

    @Test
    void twoServersChangingOneRecordAtOnceAreOrderedByTheRowsLock() throws Exception {
        List<JournaledWrites> servers = List.of(server(Clock.systemUTC()), server(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10))));
        UUID barney = as(data.admin(), () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int s = 0; s < 2; s++) {
                JournaledWrites server = servers.get(s);
                String name = "Server " + s + " ";
                done.add(pool.submit((Callable<Object>) () -> {
                    for (int i = 0; i < 25; i++) {
                        setLastName(server, barney, name + i);
                    }
                    return null;
                }));
            }
            for (Future<Object> each : done) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(hlcsInCommitOrder(barney)).hasSize(51).isSortedAccordingTo(Long::compare).doesNotHaveDuplicates();
        assertThat(lastWriterOfLastName(barney)).isEqualTo("\"" + lastNameOf(barney) + "\"");
    }

    /** A server's journaled writes: the database's identity and commit positions, a clock of its own. */
    private JournaledWrites server(Clock wallClock) {
        return new ScopedJournaledWrites(new JooqJournaledWrites(dsl, new HybridLogicalClock(dsl, wallClock), identity, Optional::empty,
                registry, commits));
    }

    private void setLastName(JournaledWrites server, UUID contact, String lastName) {
        transactions.executeWithoutResult(status -> server.setField("contact", contact, null, "lastName", lastName,
                dsl.update(CONTACT).set(CONTACT.LAST_NAME, lastName).where(CONTACT.ID.eq(contact))));
    }

    /** The record's changes' clocks, in the order their transactions committed. */
    private List<Long> hlcsInCommitOrder(UUID record) {
        return dsl.select(JOURNAL_ENTRY.HLC).from(JOURNAL_ENTRY).join(JOURNAL_COMMIT).on(JOURNAL_COMMIT.TXN.eq(JOURNAL_ENTRY.TXN))
                .where(JOURNAL_ENTRY.RECORD_ID.eq(record))
                .orderBy(JOURNAL_COMMIT.POSITION, JOURNAL_ENTRY.SEQ)
                .fetch(JOURNAL_ENTRY.HLC);
    }

    /** The value of lastName the total order of the journal makes the winner. */
    private String lastWriterOfLastName(UUID record) {
        Record2<Long, String> newest = dsl.select(JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(record)).and(JOURNAL_ENTRY.FIELD.eq("lastName"))
                .and(JOURNAL_ENTRY.OP.eq(JournalOperation.SET.name()))
                .orderBy(JOURNAL_ENTRY.HLC.desc(), JOURNAL_ENTRY.ORIGIN_DB.desc(), JOURNAL_ENTRY.ORIGIN_SEQ.desc())
                .limit(1).fetchSingle();
        return newest.value2();
    }

    private String lastNameOf(UUID contact) {
        return dsl.select(CONTACT.LAST_NAME).from(CONTACT).where(CONTACT.ID.eq(contact)).fetchSingle(CONTACT.LAST_NAME);
    }
}
