package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_GROUP;
import static org.svyaz.schema.Tables.CUSTOM_FIELD;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;
import static org.svyaz.schema.Tables.DOCUMENT;
import static org.svyaz.schema.Tables.GROUP_MEMBER;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.NOTE;
import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Query;
import org.jooq.UpdatableRecord;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.journal.RecordIds;
import org.svyaz.shell.SearchKeys;
import org.svyaz.schema.tables.records.ActivityContactRecord;
import org.svyaz.schema.tables.records.ActivityRecord;
import org.svyaz.schema.tables.records.CustomFieldRecord;
import org.svyaz.schema.tables.records.DocumentRecord;
import org.svyaz.schema.tables.records.HistoryItemRecord;
import org.svyaz.schema.tables.records.NoteRecord;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.activities.internal.JooqActivityContacts;
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
import org.svyaz.schema.tables.records.RecordGrantRecord;

/**
 * Two databases that change the same records while apart and exchange their journals through
 * the apply path, in random interleavings, with entries sent again and again: they end
 * identical, and a concurrent change of a field that lost is in the conflict list.
 */
class TwoDatabasesTests extends SvyazTests {

    private static final UUID MANAGER = UUID.fromString("01890000-0000-7000-8000-0000000000aa");
    /** A grantee of limited records; grants name users by id, whether or not this database has them. */
    private static final UUID OTHER_USER = UUID.fromString("01890000-0000-7000-8000-0000000000ab");
    private static final UUID CALL = UUID.fromString("01890000-0000-7000-8000-0000000000a1");
    private static final List<Field<String>> EDITED = List.of(CONTACT.LAST_NAME, CONTACT.CITY, CONTACT.COMPANY, CONTACT.PHONE);
    private static final List<Field<String>> GROUP_EDITED = List.of(CONTACT_GROUP.GROUP_NAME, CONTACT_GROUP.CITY, CONTACT_GROUP.DESCRIPTION);
    private static final List<String> ZONES = List.of("UTC", "Europe/Moscow", "America/New_York");

    /** The two databases, migrated once for the class and emptied for each use. */
    private static final Map<String, MigratedTwin> MIGRATED = new HashMap<>();

    @Autowired
    EntityRegistry registry;

    /** The modules' settlers of name clashes: these twins write no named definitions, so none is ever called. */
    @Autowired
    List<NameClash.Settler> settlers;

    @Autowired
    List<JavaMigration> javaMigrations;

    @AfterAll
    static void dropTheTwins() {
        MIGRATED.values().forEach(MigratedTwin::drop);
        MIGRATED.clear();
    }

    /** The records the steps change, made on either database: each step finds out whether its database still holds them. */
    private record Records(List<UUID> contacts, List<UUID> groups, List<UUID> activities, List<UUID> notes, List<UUID> items,
            String customField) {
    }

    @Test
    void twoDatabasesThatChangeTheSameRecordsApartEndIdentical() {
        for (long seed = 1; seed <= 4; seed++) {
            Random random = new Random(seed);
            Twin a = twin("twin_a");
            Twin b = twin("twin_b");
            edits.clear();
            UUID field = a.write(writes -> writes.insert("customField", customField(a.dsl, "contractCode"), null).getId());
            Records records = new Records(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    "customFields." + field);
            records.groups().add(a.write(writes -> writes.insert("group", group(a.dsl, "Springfield"), null).getId()));
            for (int i = 0; i < 4; i++) {
                records.contacts().add(a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId()));
            }
            exchange(a, b, random, true);
            for (int step = 0; step < 100; step++) {
                Twin twin = random.nextBoolean() ? a : b;
                change(twin, records, random);
                if (random.nextInt(4) == 0) {
                    exchange(random.nextBoolean() ? a : b, random.nextBoolean() ? a : b, random, false);
                }
            }
            exchange(a, b, random, true);
            exchange(b, a, random, true);

            assertThat(JournalCheck.compare(registry, a.dsl, "twin_a", b.dsl, "twin_b").difference()).as("seed %d", seed).isNull();
            assertNoSilentLoss(seed, a, b);
        }
    }

    /** An edit of a record's field: the value it set, and the values of that field its database held when it was made. */
    private record Edit(String entity, UUID record, String field, String value, List<String> seen) {
    }

    private final List<Edit> edits = new ArrayList<>();

    private static List<String> valuesHeld(Twin twin, UUID record, String field) {
        return twin.dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(record)).and(JOURNAL_ENTRY.FIELD.eq(field)).and(JOURNAL_ENTRY.LOST.isFalse())
                .fetch(JOURNAL_ENTRY.FIELD_VALUE);
    }

    /**
     * Writes a change of one of a record's own fields as its module does, and remembers it with the
     * values of the field its database held, for {@link #assertNoSilentLoss}.
     */
    private <R extends UpdatableRecord<R>> void edit(Twin twin, String entity, R record, String field, Consumer<R> change) {
        JournaledEntity journaled = registry.entity(entity);
        List<String> seen = valuesHeld(twin, record.get(EntryApplier.idOf(record.getTable())), field);
        change.accept(record);
        journaled.derive(record);
        if (twin.write(writes -> writes.update(entity, record, record.get(versionOf(record)), null))) {
            edits.add(new Edit(entity, record.get(EntryApplier.idOf(record.getTable())), field,
                    JournalValues.write(JooqJournaledWrites.valueOf(journaled, record, field)), seen));
        }
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> versionOf(UpdatableRecord<?> record) {
        return (Field<Long>) record.field("version");
    }

    /**
     * Every edit that is not its field's final value was either replaced by an edit made where it
     * was seen, or lost to a concurrent one and is in both databases' conflict lists: none is
     * overwritten silently.
     */
    private void assertNoSilentLoss(long seed, Twin a, Twin b) {
        for (Edit edit : edits) {
            JournaledEntity entity = registry.entity(edit.entity());
            UpdatableRecord<?> row = EntryApplier.row(a.dsl, entity, edit.record());
            if (row == null) {
                continue;
            }
            String last = registry.keeperOf(edit.entity(), edit.field()) != null ? lastKeptValue(a, edit)
                    : JournalValues.write(JooqJournaledWrites.valueOf(entity, row, edit.field()));
            boolean replacedKnowingly = edits.stream().anyMatch(other -> other.record().equals(edit.record())
                    && other.field().equals(edit.field()) && other.seen().contains(edit.value()));
            // each database lists the loss: its users see what was overwritten, wherever they work
            boolean listed = List.of(a, b).stream().allMatch(twin -> twin.exchange.conflicts(edit.record()).stream()
                    .anyMatch(conflict -> conflict.field().equals(edit.field()) && conflict.losingValue().equals(edit.value())));
            assertThat(edit.value().equals(last) || replacedKnowingly || listed)
                    .as("seed %d: %s of %s %s, %s, was overwritten by %s without a conflict", seed, edit.field(), edit.entity(),
                            edit.record(), edit.value(), last)
                    .isTrue();
        }
    }

    /** A value kept beside the record (grants): the one its newest change that took effect set. */
    private static String lastKeptValue(Twin twin, Edit edit) {
        return twin.dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(edit.record())).and(JOURNAL_ENTRY.FIELD.eq(edit.field())).and(JOURNAL_ENTRY.LOST.isFalse())
                .orderBy(JOURNAL_ENTRY.HLC.desc(), JOURNAL_ENTRY.ORIGIN_DB.desc(), JOURNAL_ENTRY.ORIGIN_SEQ.desc())
                .limit(1).fetchOne(JOURNAL_ENTRY.FIELD_VALUE);
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

    /** A contact deleted on one database while the other adds it to an activity: neither keeps the link. */
    @Test
    void aContactDeletedWhileAddedToAnActivityElsewhereLeavesTheActivityOnBoth() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        Records records = new Records(new ArrayList<>(List.of(barney)), List.of(), new ArrayList<>(), List.of(), List.of(), null);
        UUID call = createActivity(a, new Records(List.of(), List.of(), List.of(), List.of(), List.of(), null), new Random(1));
        exchange(a, b, new Random(1), true);
        deleteContact(a, a.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(barney)));
        linkActivityContact(b, call, barney, true);
        UUID meeting = createActivity(b, records, new Random(3));
        exchange(a, b, new Random(2), true);
        exchange(b, a, new Random(3), true);

        assertThat(JournalCheck.compare(registry, a.dsl, "twin_a", b.dsl, "twin_b").difference()).isNull();
        assertThat(a.dsl.fetchCount(ACTIVITY_CONTACT, ACTIVITY_CONTACT.CONTACT_ID.eq(barney))).isZero();
        assertThat(meeting).isNotNull();
    }

    /** A contact deleted on one database while the other adds a note, a history item and a document to it: neither keeps them. */
    @Test
    void aContactDeletedWhileNotedElsewhereTakesTheNotesOnBoth() {
        for (boolean deleterSendsFirst : List.of(true, false)) {
            Twin a = twin("twin_a");
            Twin b = twin("twin_b");
            UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
            exchange(a, b, new Random(1), true);
            deleteContact(a, a.dsl.fetchSingle(CONTACT, CONTACT.ID.eq(barney)));
            UUID note = b.write(writes -> writes.insert("note", note(b.dsl, barney), barney).getId());
            UUID item = b.write(writes -> writes.insert("history", historyItem(b.dsl, barney), barney).getId());
            UUID document = b.write(writes -> writes.insert("document", document(b.dsl, barney), barney).getId());
            edit(b, "note", b.dsl.fetchSingle(NOTE, NOTE.ID.eq(note)), "body", record -> record.setBody("Called twice"));
            if (deleterSendsFirst) {
                exchange(a, b, new Random(2), true);
                exchange(b, a, new Random(3), true);
            } else {
                exchange(b, a, new Random(2), true);
                exchange(a, b, new Random(3), true);
            }

            for (Twin twin : List.of(a, b)) {
                assertThat(twin.dsl.fetchCount(NOTE, NOTE.ID.eq(note))).as("deleter sends first: %s", deleterSendsFirst).isZero();
                assertThat(twin.dsl.fetchCount(HISTORY_ITEM, HISTORY_ITEM.ID.eq(item))).as("deleter sends first: %s", deleterSendsFirst).isZero();
                assertThat(twin.dsl.fetchCount(DOCUMENT, DOCUMENT.ID.eq(document))).as("deleter sends first: %s", deleterSendsFirst).isZero();
            }
            assertThat(JournalCheck.compare(registry, a.dsl, "twin_a", b.dsl, "twin_b").difference())
                    .as("deleter sends first: %s", deleterSendsFirst).isNull();
        }
    }

    /** Two databases each add a contact to the same activity: both number them alike. */
    @Test
    void contactsAddedToAnActivityOnBothAreNumberedAlike() {
        Twin a = twin("twin_a");
        Twin b = twin("twin_b");
        UUID barney = a.write(writes -> writes.insert("contact", contact(a.dsl, "Giverts"), null).getId());
        UUID moe = a.write(writes -> writes.insert("contact", contact(a.dsl, "Szyslak"), null).getId());
        UUID call = createActivity(a, new Records(List.of(), List.of(), List.of(), List.of(), List.of(), null), new Random(1));
        exchange(a, b, new Random(1), true);
        linkActivityContact(a, call, barney, true);
        linkActivityContact(b, call, moe, true);
        exchange(a, b, new Random(2), true);
        exchange(b, a, new Random(3), true);

        assertThat(JournalCheck.compare(registry, a.dsl, "twin_a", b.dsl, "twin_b").difference()).isNull();
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

    /** One step on one database: a change of some record of some module, written as that module writes it. */
    private void change(Twin twin, Records records, Random random) {
        switch (random.nextInt(12)) {
            case 0, 1, 2 -> changeContact(twin, records, random);
            case 3 -> changeCustomValue(twin, records, random);
            case 4, 5 -> changeGroup(twin, records, random);
            case 6, 7, 8 -> changeActivity(twin, records, random);
            case 9, 10 -> changeNote(twin, records, random);
            default -> changeHistoryItem(twin, records, random);
        }
    }

    private static <T> T any(List<T> ids, Random random) {
        return ids.get(random.nextInt(ids.size()));
    }

    private void changeContact(Twin twin, Records records, Random random) {
        UUID contact = any(records.contacts(), random);
        ContactRecord row = twin.dsl.fetchOne(CONTACT, CONTACT.ID.eq(contact));
        switch (random.nextInt(7)) {
            case 0 -> records.contacts().add(twin.write(writes -> writes.insert("contact", contact(twin.dsl, "New" + random.nextInt(100)),
                    null).getId()));
            case 1 -> {
                if (row != null && random.nextInt(3) == 0) {
                    deleteContact(twin, row);
                }
            }
            case 2 -> {
                if (row != null) {
                    changeAccess(twin, row, random);
                }
            }
            default -> {
                if (row != null) {
                    Field<String> field = EDITED.get(random.nextInt(EDITED.size()));
                    String value = "v" + (edits.size() + 1);
                    edit(twin, "contact", row, registry.entity("contact").fieldOf(field), record -> record.set(field, value));
                }
            }
        }
    }

    /**
     * Deletes a contact as the contacts module does: its custom values cleared, the contact, then
     * what the other modules do when it is gone (its notes and history deleted, its activities and
     * groups left), each journaled.
     */
    private void deleteContact(Twin twin, ContactRecord row) {
        UUID contact = row.getId();
        twin.write(writes -> {
            List<JournaledWrites.FieldValue> cleared = twin.dsl.select(CUSTOM_VALUE.FIELD_ID).from(CUSTOM_VALUE)
                    .where(CUSTOM_VALUE.RECORD_ID.eq(contact))
                    .fetch(value -> new JournaledWrites.FieldValue(contact, "customFields." + value.value1(), null));
            writes.setFields("contact", cleared, twin.dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.RECORD_ID.eq(contact)));
            if (twin.dsl.fetchExists(RECORD_GRANT, RECORD_GRANT.RECORD_ID.eq(contact))) {
                // as the access module forgets a deleted record's grants
                writes.setField("contact", contact, null, "accessUsers", List.of(),
                        twin.dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.eq(contact)));
            }
            writes.delete("contact", row, null);
            twin.dsl.selectFrom(NOTE).where(NOTE.CONTACT_ID.eq(contact)).fetch().forEach(note -> writes.delete("note", note, contact));
            twin.dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.CONTACT_ID.eq(contact)).fetch()
                    .forEach(item -> writes.delete("history", item, contact));
            twin.dsl.selectFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.CONTACT_ID.eq(contact)).fetch()
                    .forEach(link -> writes.link("activity", link.getActivityId(), "contacts", contact, false,
                            twin.dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(link.getActivityId()))
                                    .and(ACTIVITY_CONTACT.CONTACT_ID.eq(contact))));
            twin.dsl.selectFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(contact)).and(GROUP_MEMBER.BY_HAND.isTrue()).fetch()
                    .forEach(member -> writes.link("group", member.getGroupId(), "members", contact, false,
                            twin.dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(member.getGroupId()))
                                    .and(GROUP_MEMBER.CONTACT_ID.eq(contact))));
            return null;
        });
    }

    /**
     * Limits the contact to one or two users, or makes it public again, as the access module
     * does: the access level is the record's field, the grants a list kept beside it.
     */
    private void changeAccess(Twin twin, ContactRecord row, Random random) {
        List<UUID> users = random.nextInt(3) == 0 ? List.of() : random.nextBoolean() ? List.of(MANAGER) : List.of(MANAGER, OTHER_USER);
        String access = users.isEmpty() ? "PUBLIC" : "LIMITED";
        List<String> seen = valuesHeld(twin, row.getId(), "accessUsers");
        twin.write(writes -> {
            row.setAccess(access);
            writes.update("contact", row, row.getVersion(), null);
            List<Query> store = new ArrayList<>();
            store.add(twin.dsl.deleteFrom(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.eq(row.getId())));
            users.forEach(user -> store.add(twin.dsl.insertInto(RECORD_GRANT).set(new RecordGrantRecord(row.getId(), user, "USER"))));
            writes.setField("contact", row.getId(), null, "accessUsers", users, store.toArray(Query[]::new));
            return null;
        });
        edits.add(new Edit("contact", row.getId(), "accessUsers", JournalValues.write(users), seen));
    }

    /** Sets, changes or clears a contact's custom value as the custom fields module does, the contact moved to its next version. */
    private void changeCustomValue(Twin twin, Records records, Random random) {
        ContactRecord row = twin.dsl.fetchOne(CONTACT, CONTACT.ID.eq(any(records.contacts(), random)));
        if (row == null) {
            return;
        }
        UUID fieldId = UUID.fromString(records.customField().substring("customFields.".length()));
        String value = random.nextInt(4) == 0 ? null : "C-" + random.nextInt(1000);
        twin.write(writes -> {
            List<Query> store = new ArrayList<>();
            store.add(twin.dsl.deleteFrom(CUSTOM_VALUE).where(CUSTOM_VALUE.RECORD_ID.eq(row.getId())).and(CUSTOM_VALUE.FIELD_ID.eq(fieldId)));
            if (value != null) {
                store.add(twin.dsl.insertInto(CUSTOM_VALUE).set(CUSTOM_VALUE.RECORD_ID, row.getId()).set(CUSTOM_VALUE.FIELD_ID, fieldId)
                        .set(CUSTOM_VALUE.TEXT_VALUE, value).set(CUSTOM_VALUE.TEXT_SEARCH, SearchKeys.text(value)));
            }
            writes.setField("contact", row.getId(), null, records.customField(), value, store.toArray(Query[]::new));
            row.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
            writes.touch("contact", row, row.getVersion());
            return null;
        });
    }

    private void changeGroup(Twin twin, Records records, Random random) {
        ContactGroupRecord group = twin.dsl.fetchOne(CONTACT_GROUP, CONTACT_GROUP.ID.eq(any(records.groups(), random)));
        switch (random.nextInt(8)) {
            case 0 -> records.groups().add(twin.write(writes -> writes.insert("group", group(twin.dsl, "Group " + random.nextInt(100)), null)
                    .getId()));
            case 1 -> {
                if (group != null && random.nextInt(3) == 0) {
                    // as the groups module deletes one: its memberships go with it
                    twin.write(writes -> {
                        writes.delete("group", group, null, twin.dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(group.getId())));
                        return null;
                    });
                }
            }
            case 2, 3, 4 -> {
                UUID contact = any(records.contacts(), random);
                if (group != null && twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact))) {
                    boolean linked = random.nextBoolean();
                    twin.write(writes -> {
                        writes.link("group", group.getId(), "members", contact, linked);
                        twin.keptMembers(group.getId(), contact, linked);
                        return null;
                    });
                }
            }
            default -> {
                if (group != null) {
                    Field<String> field = GROUP_EDITED.get(random.nextInt(GROUP_EDITED.size()));
                    String value = "g" + (edits.size() + 1);
                    edit(twin, "group", group, registry.entity("group").fieldOf(field), record -> record.set(field, value));
                }
            }
        }
    }

    private void changeActivity(Twin twin, Records records, Random random) {
        ActivityRecord activity = records.activities().isEmpty() ? null
                : twin.dsl.fetchOne(ACTIVITY, ACTIVITY.ID.eq(any(records.activities(), random)));
        switch (random.nextInt(8)) {
            case 0, 1 -> records.activities().add(createActivity(twin, records, random));
            case 2 -> {
                if (activity != null && random.nextInt(3) == 0) {
                    // as the activities module deletes one: its contacts go with it
                    twin.write(writes -> {
                        writes.delete("activity", activity, null,
                                twin.dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activity.getId())));
                        return null;
                    });
                }
            }
            case 3, 4 -> {
                UUID contact = any(records.contacts(), random);
                if (activity != null && twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact))) {
                    linkActivityContact(twin, activity.getId(), contact, random.nextBoolean());
                }
            }
            default -> {
                if (activity != null) {
                    editActivity(twin, activity, random);
                }
            }
        }
    }

    /** Creates an activity with some of the contacts this database holds, as the activities module does: the contacts go in its creation. */
    private UUID createActivity(Twin twin, Records records, Random random) {
        ActivityRecord record = twin.dsl.newRecord(ACTIVITY);
        emptyTexts(record);
        record.setId(RecordIds.next());
        record.setTypeId(CALL);
        record.setActivityDate(LocalDate.of(2026, 3, 1).plusDays(random.nextInt(30)));
        record.setStartTime(LocalTime.of(8 + random.nextInt(10), 0));
        record.setDurationMinutes(30);
        record.setTimeZone(any(ZONES, random));
        record.setOwnerId(MANAGER);
        record.setScheduledBy(MANAGER);
        record.setPriority("MEDIUM");
        record.setRegarding("Call " + random.nextInt(100));
        record.setAccess("PUBLIC");
        record.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        registry.entity("activity").derive(record);
        List<UUID> contacts = records.contacts().stream().filter(contact -> random.nextInt(3) == 0)
                .filter(contact -> twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact))).toList();
        List<ActivityContactRecord> links = new ArrayList<>();
        for (UUID contact : contacts) {
            links.add(activityContact(twin.dsl, record.getId(), contact, links.size()));
        }
        twin.write(writes -> {
            writes.insertAll("activity", List.of(record), row -> null, row -> Map.of("contacts", contacts), links);
            return null;
        });
        return record.getId();
    }

    private static ActivityContactRecord activityContact(DSLContext dsl, UUID activity, UUID contact, int position) {
        ActivityContactRecord link = dsl.newRecord(ACTIVITY_CONTACT);
        link.setActivityId(activity);
        link.setContactId(contact);
        link.setPosition(position);
        return link;
    }

    /** Adds a contact to an activity, numbered after those it has, or takes one away, as the activities module does. */
    private static void linkActivityContact(Twin twin, UUID activity, UUID contact, boolean linked) {
        var link = ACTIVITY_CONTACT.ACTIVITY_ID.eq(activity).and(ACTIVITY_CONTACT.CONTACT_ID.eq(contact));
        boolean present = twin.dsl.fetchExists(ACTIVITY_CONTACT, link);
        if (linked == present) {
            return;
        }
        twin.write(writes -> {
            if (linked) {
                writes.link("activity", activity, "contacts", contact, true, twin.dsl.insertInto(ACTIVITY_CONTACT)
                        .set(activityContact(twin.dsl, activity, contact, JooqActivityContacts.ADDED_LATER)));
            } else {
                writes.link("activity", activity, "contacts", contact, false, twin.dsl.deleteFrom(ACTIVITY_CONTACT).where(link));
            }
            return null;
        });
    }

    private void editActivity(Twin twin, ActivityRecord activity, Random random) {
        String mark = "a" + (edits.size() + 1);
        switch (random.nextInt(4)) {
            case 0 -> edit(twin, "activity", activity, "regarding", record -> record.setRegarding(mark));
            case 1 -> edit(twin, "activity", activity, "details", record -> record.setDetails(mark));
            case 2 -> edit(twin, "activity", activity, "priority", record -> record.setPriority(any(List.of("HIGH", "MEDIUM", "LOW"), random)));
            default -> edit(twin, "activity", activity, "when", record -> {
                record.setActivityDate(record.getActivityDate().plusDays(1 + random.nextInt(5)));
                record.setStartTime(random.nextBoolean() ? null : LocalTime.of(random.nextInt(24), 15));
                record.setDurationMinutes(15 * (1 + random.nextInt(8)));
                record.setTimeZone(any(ZONES, random));
            });
        }
    }

    private void changeNote(Twin twin, Records records, Random random) {
        NoteRecord note = records.notes().isEmpty() ? null : twin.dsl.fetchOne(NOTE, NOTE.ID.eq(any(records.notes(), random)));
        switch (random.nextInt(4)) {
            case 0, 1 -> {
                UUID contact = any(records.contacts(), random);
                if (twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact))) {
                    records.notes().add(twin.write(writes -> writes.insert("note", note(twin.dsl, contact), contact).getId()));
                }
            }
            case 2 -> {
                if (note != null && random.nextBoolean()) {
                    twin.write(writes -> {
                        writes.delete("note", note, note.getContactId());
                        return null;
                    });
                }
            }
            default -> {
                if (note != null) {
                    String body = "n" + (edits.size() + 1);
                    edit(twin, "note", note, "body", record -> record.setBody(body));
                }
            }
        }
    }

    private void changeHistoryItem(Twin twin, Records records, Random random) {
        HistoryItemRecord item = records.items().isEmpty() ? null
                : twin.dsl.fetchOne(HISTORY_ITEM, HISTORY_ITEM.ID.eq(any(records.items(), random)));
        switch (random.nextInt(4)) {
            case 0, 1 -> {
                UUID contact = any(records.contacts(), random);
                if (twin.dsl.fetchExists(CONTACT, CONTACT.ID.eq(contact))) {
                    records.items().add(twin.write(writes -> writes.insert("history", historyItem(twin.dsl, contact), contact).getId()));
                }
            }
            case 2 -> {
                if (item != null && random.nextBoolean()) {
                    twin.write(writes -> {
                        writes.delete("history", item, item.getContactId());
                        return null;
                    });
                }
            }
            default -> {
                if (item != null) {
                    String regarding = "h" + (edits.size() + 1);
                    edit(twin, "history", item, "regarding", record -> record.setRegarding(regarding));
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

    private static NoteRecord note(DSLContext dsl, UUID contact) {
        NoteRecord record = dsl.newRecord(NOTE);
        emptyTexts(record);
        record.setContactId(contact);
        record.setBody("Called about the invoice");
        record.setAccess("PUBLIC");
        record.setAuthorId(MANAGER);
        record.setNotedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }

    private static HistoryItemRecord historyItem(DSLContext dsl, UUID contact) {
        HistoryItemRecord record = dsl.newRecord(HISTORY_ITEM);
        emptyTexts(record);
        record.setContactId(contact);
        record.setKind("MANUAL");
        record.setRegarding("Met at the fair");
        record.setAccess("PUBLIC");
        record.setUserId(MANAGER);
        record.setOccurredAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }

    /** A document's row; its contents, kept apart by their hash, are not journaled. */
    private static DocumentRecord document(DSLContext dsl, UUID contact) {
        DocumentRecord record = dsl.newRecord(DOCUMENT);
        emptyTexts(record);
        record.setContactId(contact);
        record.setFileName("invoice.pdf");
        record.setContentType("application/pdf");
        record.setSizeBytes(3L);
        record.setSha256("0".repeat(64));
        record.setUploadedBy(MANAGER);
        record.setUploadedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return record;
    }

    private static CustomFieldRecord customField(DSLContext dsl, String name) {
        CustomFieldRecord record = dsl.newRecord(CUSTOM_FIELD);
        record.setEntity("contact");
        record.setFieldName(name);
        record.setLabel("Contract code");
        record.setFieldType("TEXT");
        record.setOptions("[]");
        record.setPosition(1);
        record.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return record;
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
        record.setGroupNameSearch(SearchKeys.text(name));
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
        DataSource dataSource = MIGRATED.computeIfAbsent(name, key -> MigratedTwin.migrate(key, javaMigrations)).fresh();
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
