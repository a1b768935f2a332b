package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svyaz.schema.Tables.DOCUMENT_CHUNK;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ByteArrayResource;
import org.svyaz.SvyazTests;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentManagement;
import org.svyaz.journal.SyncPartners;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.shell.RecordOwner;

/**
 * {@code journal compact}: what it removes from the journal and the document bytes, and what it
 * must leave (every table, the history the audit log shows, whatever a partner has not confirmed).
 * Entries are made "old" by moving their clock back two years, past the year of history kept.
 */
class JournalCompactionTests extends SvyazTests {

    private static final Duration YEAR = Duration.ofDays(365);
    private static final List<String> TABLES = List.of("contact order by id", "document order by id",
            "document_chunk order by sha256, chunk_no", "history_item order by id", "custom_value order by record_id, field_id");

    @Autowired
    DSLContext dsl;

    @Autowired
    JournalCompaction compaction;

    @Autowired
    SyncPartners partners;

    @Autowired
    ContactManagement contacts;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DataSource dataSource;

    @Test
    void removesValuesSupersededOutsideTheHistoryKeptAndChangesNoTable() {
        Contact acme = create("Acme");
        acme = rename(acme, "Acme Ltd");
        acme = rename(acme, "Acme Group");
        Contact kept = create("Set once, long ago");
        makeEverythingOld();
        acme = rename(acme, "Acme International");
        List<String> tables = tables();
        List<JournalEntryRecord> recent = entriesSince(Instant.now().minus(YEAR));

        JournalCompaction.Figures figures = compaction.compact(Instant.now().minus(YEAR));

        assertThat(tables()).isEqualTo(tables);
        assertThat(entriesSince(Instant.now().minus(YEAR))).as("the audit log's history").isEqualTo(recent);
        assertThat(companyValues(acme)).containsExactly("\"Acme International\"");
        assertThat(entriesOf(acme)).extracting(JournalEntryRecord::getOp).containsExactly("CREATE", "SET");
        assertThat(entriesOf(kept)).extracting(JournalEntryRecord::getOp).containsExactly("CREATE");
        assertThat(figures.superseded()).isEqualTo(2);
        assertThat(figures.entriesBefore() - figures.entriesAfter()).isEqualTo(2);
        assertThat(figures.valueBytes()).isEqualTo("\"Acme Ltd\"".length() + "\"Acme Group\"".length());
    }

    @Test
    void keepsEverythingInsideTheHistoryKept() {
        Contact acme = rename(create("Acme"), "Acme Ltd");
        as(data.admin(), () -> {
            contacts.delete(acme.id(), null);
            return null;
        });
        List<JournalEntryRecord> all = dsl.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch();

        compaction.compact(Instant.now().minus(YEAR));

        assertThat(dsl.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch()).isEqualTo(all);
    }

    @Test
    void keepsATombstoneUntilEveryPartnerHasConfirmedIt() {
        Contact gone = rename(create("Gone Ltd"), "Gone for good");
        as(data.admin(), () -> {
            contacts.delete(gone.id(), null);
            return null;
        });
        long tombstone = dsl.select(JournalPositions.of(JOURNAL_ENTRY)).from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(gone.id()))
                .and(JOURNAL_ENTRY.OP.eq("DELETE")).fetchSingle().value1();
        makeEverythingOld();
        UUID laptop = UUID.randomUUID();
        UUID branch = UUID.randomUUID();
        partners.register(laptop, "Laptop");
        partners.register(branch, "Branch office");
        partners.confirm(laptop, tombstone);
        partners.confirm(branch, tombstone - 1);

        compaction.compact(Instant.now().minus(YEAR));
        assertThat(entriesOf(gone)).as("the branch office has not confirmed the tombstone")
                .extracting(JournalEntryRecord::getOp).containsExactly("DELETE");

        partners.confirm(branch, tombstone);
        partners.confirm(branch, 1);
        assertThat(partners.lowestConfirmed()).as("a late, older confirmation moves no partner back").hasValue(tombstone);
        compaction.compact(Instant.now().minus(YEAR));
        assertThat(entriesOf(gone)).isEmpty();
    }

    @Test
    void keepsEverythingAPartnerHasNotConfirmed() {
        Contact acme = rename(rename(create("Acme"), "Acme Ltd"), "Acme Group");
        makeEverythingOld();
        UUID laptop = UUID.randomUUID();
        partners.register(laptop, "Laptop");
        List<JournalEntryRecord> all = dsl.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch();

        compaction.compact(Instant.now().minus(YEAR));
        assertThat(dsl.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch()).isEqualTo(all);

        partners.forget(laptop);
        assertThat(partners.lowestConfirmed()).isEmpty();
        compaction.compact(Instant.now().minus(YEAR));
        assertThat(companyValues(acme)).containsExactly("\"Acme Group\"");
    }

    @Test
    void refusesAConfirmationFromAnUnknownPartner() {
        assertThat(catchThrowable(() -> partners.confirm(UUID.randomUUID(), 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removesTheBytesOfADeletedDocumentOnlyWhenNoPartnerAndNoHistoryNeedsThem() {
        Contact acme = create("Acme");
        byte[] offer = "the offer, deleted".getBytes(StandardCharsets.UTF_8);
        Document deleted = attach(acme, "offer.txt", offer);
        Document live = attach(acme, "price list.txt", "the price list, kept".getBytes(StandardCharsets.UTF_8));
        as(data.admin(), () -> {
            documents.delete(deleted.id());
            return null;
        });

        compaction.compact(Instant.now().minus(YEAR));
        assertThat(chunksOf(deleted)).as("its entries are inside the history kept").isEqualTo(1);

        makeEverythingOld();
        UUID laptop = UUID.randomUUID();
        partners.register(laptop, "Laptop");
        compaction.compact(Instant.now().minus(YEAR));
        assertThat(chunksOf(deleted)).as("the laptop has not confirmed the document's entries").isEqualTo(1);

        partners.confirm(laptop, Long.MAX_VALUE);
        JournalCompaction.Figures figures = compaction.compact(Instant.now().minus(YEAR));
        assertThat(chunksOf(deleted)).isZero();
        assertThat(chunksOf(live)).isEqualTo(1);
        assertThat(figures.contentBytes()).containsEntry("document bytes", (long) offer.length);
    }

    @Test
    void theCommandKeepsTheHistoryItIsToldToAndPrintsFigures() {
        Contact acme = rename(rename(create("Acme"), "Acme Ltd"), "Acme Group");
        // 40 days old: inside the year kept by default, outside the 30 days the command is told to keep
        dsl.update(JOURNAL_ENTRY).set(JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.HLC.minus(Duration.ofDays(40).toMillis() << 16)).execute();
        CompactCommand command = new CompactCommand(compaction, partners, dataSource, Clock.systemUTC(), YEAR);

        String kept = run(command, "journal", "compact");
        assertThat(companyValues(acme)).hasSize(2);
        String compacted = run(command, "journal", "compact", "--keep-history=P30D");

        assertThat(companyValues(acme)).containsExactly("\"Acme Group\"");
        assertThat(kept).contains("history kept 365 days", "Entries: 3 before, 3 after");
        assertThat(compacted).contains("history kept 30 days", "Entries: 3 before, 2 after (1 superseded values");
        assertThat(command.getExitCode()).isZero();
    }

    private String run(CompactCommand command, String... arguments) {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.run(new DefaultApplicationArguments(arguments));
        } finally {
            System.setOut(out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private Contact create(String company) {
        return as(data.admin(), () -> contacts.create(ContactFields.named(company, null, null)));
    }

    private Contact rename(Contact contact, String company) {
        return as(data.admin(), () -> contacts.update(contact.id(), ContactFields.named(company, null, null), contact.version()));
    }

    private Document attach(Contact contact, String name, byte[] content) {
        return as(data.admin(), () -> documents.attach(RecordOwner.contact(contact.id()), name, "text/plain", content.length,
                new ByteArrayResource(content)));
    }

    /** Moves every entry's clock two years back, as if it had been made then. */
    private void makeEverythingOld() {
        dsl.update(JOURNAL_ENTRY).set(JOURNAL_ENTRY.HLC, JOURNAL_ENTRY.HLC.minus(Duration.ofDays(730).toMillis() << 16)).execute();
    }

    private List<String> tables() {
        return TABLES.stream().map(table -> dsl.fetch("select * from " + table).formatCSV()).collect(Collectors.toList());
    }

    private List<JournalEntryRecord> entriesSince(Instant since) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.HLC.ge(HybridLogicalClock.firstOf(since.toEpochMilli())))
                .orderBy(JOURNAL_ENTRY.SEQ).fetch();
    }

    private List<JournalEntryRecord> entriesOf(Contact contact) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(contact.id())).orderBy(JOURNAL_ENTRY.SEQ).fetch();
    }

    private List<String> companyValues(Contact contact) {
        return dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.RECORD_ID.eq(contact.id()))
                .and(JOURNAL_ENTRY.FIELD.eq("company")).orderBy(JOURNAL_ENTRY.SEQ).fetch(JOURNAL_ENTRY.FIELD_VALUE);
    }

    private int chunksOf(Document document) {
        return dsl.fetchCount(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(document.sha256()));
    }
}
