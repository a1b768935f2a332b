package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_GROUP;
import static org.svyaz.schema.Tables.GROUP_MEMBER;
import static org.svyaz.schema.Tables.JOURNAL_CONFLICT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;
import org.svyaz.journal.ClockSkewTooLarge;
import org.svyaz.journal.ExchangedEntry;
import org.svyaz.journal.JournalCursor;
import org.svyaz.journal.JournalExchange;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledEntity;
import org.svyaz.journal.NameClash;
import org.svyaz.schema.tables.records.ContactGroupRecord;
import org.svyaz.schema.tables.records.ContactRecord;

/**
 * Two databases that change the same records while apart and exchange their journals through
 * the apply path, in random interleavings, with entries sent again and again: they end
 * identical, and a concurrent change of a field that lost is in the conflict list.
 */
class TwoDatabasesTests extends SvyazTests {

    private static final UUID MANAGER = UUID.fromString("01890000-0000-7000-8000-0000000000aa");
    private static final List<Field<String>> EDITED = List.of(CONTACT.LAST_NAME, CONTACT.CITY, CONTACT.COMPANY, CONTACT.PHONE);

    @Autowired
    EntityRegistry registry;

    @Autowired
    DSLContext database;

    /** The modules' settlers of name clashes: these twins write no named definitions, so none is ever called. */
    @Autowired
    List<NameClash.Settler> settlers;

    @Autowired
    List<JavaMigration> javaMigrations;

    /** On PostgreSQL the two databases are schemas of the test database: they go when the test is done. */
    @AfterEach
    void dropTheTwins() {
        if (TestDatabase.onPostgres()) {
            database.execute("drop schema if exists twin_a cascade");
            database.execute("drop schema if exists twin_b cascade");
        }
    }

    @Test
    void twoDatabasesThatChangeTheSameRecordsApartEndIdentical() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            Twin a = twin("twin_a");
            Twin b = twin("twin_b");
            edits.clear();
            List<UUID> contacts = new ArrayList<>();
            UUID group = a.write(writes -> writes.insert("group", group(a.dsl, "Springfield"), null).get(CONTACT_GROUP.ID));
            for (int i = 0; i < 4; i++) {
                contacts.add(a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId()));
            }
            exchange(a, b, random, true);
            for (int step = 0; step < 60; step++) {
                Twin twin = random.nextBoolean() ? a : b;
                change(twin, contacts, group, random);
                if (random.nextInt(4) == 0) {
                    exchange(random.nextBoolean() ? a : b, random.nextBoolean() ? a : b, random, false);
                }
            }
            exchange(a, b, random, true);
            exchange(b, a, random, true);

            List<List<Object>> inA = rows(a);
            List<List<Object>> inB = rows(b);
            for (int i = 0; i < Math.min(inA.size(), inB.size()); i++) {
                assertThat(inB.get(i)).as("seed %d: contact %s (columns %s)", seed, inA.get(i).get(0),
                        registry.entity("contact").comparedColumns()).isEqualTo(inA.get(i));
            }
            assertThat(inB).as("seed %d: the contacts", seed).hasSameSizeAs(inA);
            assertThat(members(b)).as("seed %d: the group's members", seed).isEqualTo(members(a));
            assertNoSilentLoss(seed, a, b);
        }
    }

    /** An edit of a contact's field: the value it set, and the values of that field its database held when it was made. */
    private record Edit(UUID contact, String field, String value, List<String> seen) {
    }

    private final List<Edit> edits = new ArrayList<>();

    private static List<String> valuesHeld(Twin twin, UUID contact, String field) {
        return twin.dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(contact)).and(JOURNAL_ENTRY.FIELD.eq(field)).and(JOURNAL_ENTRY.LOST.isFalse())
                .fetch(JOURNAL_ENTRY.FIELD_VALUE);
    }

    /**
     * Every edit that is not its field's final value was either replaced by an edit made where it
     * was seen, or lost to a concurrent one and is in both databases' conflict lists: none is
     * overwritten silently.
     */
    private void assertNoSilentLoss(long seed, Twin a, Twin b) {
        for (Edit edit : edits) {
            ContactRecord row = a.dsl.fetchOne(CONTACT, CONTACT.ID.eq(edit.contact()));
            if (row == null) {
                continue;
            }
            String last = JournalValues.write(row.get(registry.entity("contact").columnOf(edit.field())));
            boolean replacedKnowingly = edits.stream().anyMatch(other -> other.contact().equals(edit.contact())
                    && other.field().equals(edit.field()) && other.seen().contains(edit.value()));
            // each database lists the loss: its users see what was overwritten, wherever they work
            boolean listed = List.of(a, b).stream().allMatch(twin -> twin.exchange.conflicts(edit.contact()).stream()
                    .anyMatch(conflict -> conflict.field().equals(edit.field()) && conflict.losingValue().equals(edit.value())));
            assertThat(edit.value().equals(last) || replacedKnowingly || listed)
                    .as("seed %d: %s of contact %s, %s, was overwritten by %s without a conflict", seed, edit.field(), edit.contact(),
                            edit.value(), last)
                    .isTrue();
        }
    }

    @Test
    void aConcurrentChangeOfTheSameFieldThatLostIsInTheConflictList() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        exchange(a, b, new Random(1), true);
        rename(a, barney, "Gumble");
        rename(b, barney, "Rubble");
        exchange(a, b, new Random(2), true);
        exchange(b, a, new Random(3), true);

        String winner = a.dsl.select(CONTACT.LAST_NAME).from(CONTACT).where(CONTACT.ID.eq(barney)).fetchSingle(CONTACT.LAST_NAME);
        assertThat(b.dsl.select(CONTACT.LAST_NAME).from(CONTACT).where(CONTACT.ID.eq(barney)).fetchSingle(CONTACT.LAST_NAME))
                .isEqualTo(winner).isIn("Gumble", "Rubble");
        String loser = winner.equals("Gumble") ? "\"Rubble\"" : "\"Gumble\"";
        for (Twin noted : List.of(a, b)) {
            // each database lists the loss: its users see what was overwritten, wherever they work
            assertThat(noted.exchange.conflicts(barney)).singleElement().satisfies(conflict -> {
                assertThat(conflict.field()).isEqualTo("lastName");
                assertThat(conflict.losingValue()).isEqualTo(loser);
                assertThat(conflict.winningValue()).isEqualTo("\"" + winner + "\"");
            });
        }
    }

    /** Concurrency is the field's: an edit of another field in between does not make the older value seen. */
    @Test
    void anEditOfAnotherFieldInBetweenDoesNotHideAConcurrentChange() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        exchange(a, b, new Random(1), true);
        rename(b, barney, "Rubble");
        a.write(writes -> {
            ContactRecord record = a.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(barney));
            record.setCity("Shelbyville");
            registry.entity("contact").derive(record);
            return writes.update("contact", record, record.getVersion(), null);
        });
        rename(a, barney, "Gumble");
        exchange(a, b, new Random(2), true);
        exchange(b, a, new Random(3), true);

        for (Twin noted : List.of(a, b)) {
            assertThat(noted.exchange.conflicts(barney)).singleElement().satisfies(conflict -> {
                assertThat(conflict.field()).isEqualTo("lastName");
                assertThat(conflict.losingValue()).isEqualTo("\"Rubble\"");
            });
        }
    }

    @Test
    void aChangeFromAClockFarAheadIsRefusedAndNothingApplied() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        List<ExchangedEntry> entries = a.exchange.entriesOf(a.id(), JournalCursor.BEGINNING, 100);
        long yearAhead = Instant.now().plus(Duration.ofDays(365)).toEpochMilli() << 16;
        List<ExchangedEntry> fromTheFuture = entries.stream().map(entry -> new ExchangedEntry(entry.originDb(), entry.originSeq(),
                entry.originPosition(), yearAhead, entry.baseHlc(), entry.entity(), entry.recordId(), entry.parentId(), entry.field(),
                entry.value(), entry.operation(), entry.userId(), entry.format())).toList();

        assertThatThrownBy(() -> b.apply(fromTheFuture)).isInstanceOf(ClockSkewTooLarge.class).hasMessageContaining("ahead");
        assertThat(b.dsl.fetchCount(CONTACT, CONTACT.ID.eq(barney))).isZero();
    }

    @Test
    void anEntryAppliedTwiceIsSkippedTheSecondTime() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        List<ExchangedEntry> entries = a.exchange.entriesOf(a.id(), JournalCursor.BEGINNING, 100);

        assertThat(b.apply(entries).applied()).isEqualTo(entries.size());
        assertThat(b.apply(entries)).isEqualTo(new JournalExchange.Applied(0, entries.size(), 0, 0));
    }

    private void change(Twin twin, List<UUID> contacts, UUID group, Random random) {
        UUID contact = contacts.get(random.nextInt(contacts.size()));
        boolean exists = twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact));
        switch (random.nextInt(10)) {
            case 0 -> contacts.add(twin.write(writes -> writes.insert("contact", contact(twin.dsl, "New" + random.nextInt(100)), null)
                    .getId()));
            case 1 -> {
                if (exists && random.nextInt(3) == 0) {
                    twin.write(writes -> {
                        // as the contacts module deletes one: its memberships first, journaled
                        if (twin.dsl.fetchExists(GROUP_MEMBER, GROUP_MEMBER.CONTACT_ID.eq(contact).and(GROUP_MEMBER.BY_HAND.isTrue()))) {
                            writes.link("group", group, "members", contact, false);
                            twin.keptMembers(group, contact, false);
                        }
                        writes.delete("contact", twin.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(contact)), null);
                        return null;
                    });
                }
            }
            case 2, 3 -> {
                if (exists) {
                    boolean linked = random.nextBoolean();
                    twin.write(writes -> {
                        writes.link("group", group, "members", contact, linked);
                        twin.keptMembers(group, contact, linked);
                        return null;
                    });
                }
            }
            default -> {
                if (exists) {
                    Field<String> field = EDITED.get(random.nextInt(EDITED.size()));
                    String value = "v" + (edits.size() + 1);
                    edits.add(new Edit(contact, registry.entity("contact").fieldOf(field), JournalValues.write(value),
                            valuesHeld(twin, contact, registry.entity("contact").fieldOf(field))));
                    twin.write(writes -> {
                        ContactRecord record = twin.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(contact));
                        record.set(field, value);
                        registry.entity("contact").derive(record);
                        return writes.update("contact", record, record.getVersion(), null);
                    });
                }
            }
        }
    }

    private void rename(Twin twin, UUID contact, String lastName) {
        twin.write(writes -> {
            ContactRecord record = twin.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(contact));
            record.setLastName(lastName);
            registry.entity("contact").derive(record);
            return writes.update("contact", record, record.getVersion(), null);
        });
    }

    /** Sends what {@code from} made that {@code to} does not hold, in random slices, some sent twice. */
    private static void exchange(Twin from, Twin to, Random random, boolean all) {
        if (from == to) {
            return;
        }
        JournalCursor held = to.exchange.held().getOrDefault(from.id(), JournalCursor.BEGINNING);
        // sometimes from further back, as a file that repeats what was sent before
        JournalCursor after = random.nextInt(3) == 0 ? JournalCursor.BEGINNING : held;
        while (true) {
            List<ExchangedEntry> slice = from.exchange.entriesOf(from.id(), after, 1 + random.nextInt(15));
            if (slice.isEmpty()) {
                return;
            }
            to.apply(slice);
            after = slice.get(slice.size() - 1).cursor();
            if (!all && random.nextBoolean()) {
                return;
            }
        }
    }

    private List<List<Object>> rows(Twin twin) {
        JournaledEntity contact = registry.entity("contact");
        List<Field<?>> compared = contact.comparedColumns();
        return twin.dsl.select(compared).from(CONTACT).orderBy(CONTACT.ID).fetch().map(Record::intoList).stream()
                .map(TwoDatabasesTests::normalized).toList();
    }

    private static List<Object> normalized(List<Object> row) {
        return row.stream().map(value -> value instanceof OffsetDateTime time ? time.toInstant() : value).toList();
    }

    private static List<List<Object>> members(Twin twin) {
        return twin.dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID).from(GROUP_MEMBER).where(GROUP_MEMBER.BY_HAND.isTrue())
                .orderBy(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID).fetch().map(Record::intoList);
    }

    private ContactRecord contact(DSLContext dsl, String lastName) {
        ContactRecord record = dsl.newRecord(CONTACT);
        emptyTexts(record);
        record.setLastName(lastName);
        record.setFirstName("Barney");
        record.setStatus(UUID.fromString("01890000-0000-7000-8000-000000000001"));
        record.setAccess("PUBLIC");
        record.setRecordManagerId(MANAGER);
        record.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        registry.entity("contact").derive(record);
        return record;
    }

    private static ContactGroupRecord group(DSLContext dsl, String name) {
        ContactGroupRecord record = dsl.newRecord(CONTACT_GROUP);
        emptyTexts(record);
        record.setGroupName(name);
        record.setGroupNameSearch(name.toLowerCase());
        record.setRecordManagerId(MANAGER);
        record.setAccess("PUBLIC");
        record.setMembershipRule(null);
        record.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }

    /** Texts the modules store empty rather than null, as they do. */
    @SuppressWarnings("unchecked")
    private static void emptyTexts(Record record) {
        for (Field<?> field : record.fields()) {
            if (field.getType() == String.class && !field.getDataType().nullable()) {
                record.set((Field<String>) field, "");
            }
        }
    }

    /** One database of the two, with its own clock, identity and journal, written as the modules write theirs. */
    private Twin twin(String name) {
        DataSource dataSource = TestDatabase.another(name, javaMigrations);
        SQLDialect dialect = TestDatabase.onPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2;
        DSLContext dsl = DSL.using(new TransactionAwareDataSourceProxy(dataSource), dialect);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        DatabaseIdentity identity = new DatabaseIdentity(dsl);
        HybridLogicalClock clock = new HybridLogicalClock(dsl);
        CommitPositions commits = new CommitPositions(dsl);
        JooqJournaledWrites writes = new JooqJournaledWrites(dsl, clock, identity, Optional::empty, registry, commits);
        JooqJournalExchange exchange = new JooqJournalExchange(dsl, identity, clock, commits, new EntryApplier(registry), registry,
                Duration.ofMinutes(10), settlers);
        return new Twin(dsl, transactions, identity, writes, exchange, registry);
    }

    private record Twin(DSLContext dsl, TransactionTemplate transactions, DatabaseIdentity identity, JooqJournaledWrites writes,
            JooqJournalExchange exchange, EntityRegistry registry) {

        UUID id() {
            return transactions.execute(status -> identity.databaseId());
        }

        <T> T write(Function<JooqJournaledWrites, T> change) {
            return transactions.execute(status -> change.apply(writes));
        }

        JournalExchange.Applied apply(List<ExchangedEntry> entries) {
            return transactions.execute(status -> exchange.apply(entries));
        }

        /** Writes the membership row as the groups module does beside its journaled link. */
        void keptMembers(UUID group, UUID contact, boolean linked) {
            registry.keeperOf("group", "members").link(dsl, "group", group, "members", contact, linked);
        }
    }
}
