package org.svyaz.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.DATABASE_IDENTITY;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.NOTE;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.DuplicateMode;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.Note;
import org.svyaz.history.NoteManagement;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** The change journal as synchronization and the audit log read it, after writes through the module APIs. */
class JournalTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Autowired
    ContactManagement contacts;

    @Autowired
    NoteManagement notes;

    @Autowired
    HistoryManagement history;

    @Autowired
    CustomFieldManagement customFields;

    @Autowired
    ObjectMapper json;

    @Test
    void journalsACreatedContactAsOneCreateEntryHoldingItsFilledFields() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        long before = lastSeq();
        Contact contact = as(zdv, () -> contacts.create(fields("Kwik-e-mart", "Springfield", "555-0100", Map.of())));

        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).singleElement().satisfies(create -> {
            assertThat(create.getOp()).isEqualTo("CREATE");
            assertThat(create.getField()).isEqualTo("*");
            assertThat(create.getEntity()).isEqualTo("contact");
            assertThat(create.getRecordId()).isEqualTo(contact.id());
            assertThat(create.getUserId()).isEqualTo(zdv.id());
            assertThat(create.getOriginDb()).isEqualTo(databaseId());
            assertThat(create.getOriginSeq()).isEqualTo(create.getSeq());
            assertThat(create.getParentId()).isNull();
        });
        Map<String, Object> created = json.readValue(entries.get(0).getFieldValue(), new TypeReference<Map<String, Object>>() {
        });
        assertThat(created).containsOnlyKeys("company", "firstName", "lastName", "phone", "city", "status", "recordManagerId",
                "access");
        assertThat(created).containsEntry("company", "Kwik-e-mart").containsEntry("firstName", "Barney")
                .containsEntry("city", "Springfield")
                .as("a status by its id, which never clashes between databases").containsEntry("status", "01890000-0000-7000-8000-000000000001")
                .containsEntry("recordManagerId", zdv.id().toString()).containsEntry("access", "PUBLIC");
    }

    @Test
    void journalsOnlyTheFieldsAnUpdateChangedAndBumpsTheVersionByOne() {
        User zdv = data.user("zdv", Role.STANDARD);
        User editor = data.user("editor", Role.STANDARD);
        Contact contact = as(zdv, () -> contacts.create(fields("Kwik-e-mart", "Springfield", "555-0100", Map.of())));
        long before = lastSeq();
        Contact updated = as(editor, () -> contacts.update(contact.id(), fields("Kwik-e-mart", "Shelbyville", "", Map.of(), zdv), 1));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.city()).isEqualTo("Shelbyville");
        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).extracting(JournalEntryRecord::getOp).containsOnly("SET");
        assertThat(entries).extracting(JournalEntryRecord::getUserId).containsOnly(editor.id());
        assertThat(entries).extracting(JournalEntryRecord::getRecordId).containsOnly(contact.id());
        assertThat(setValues(entries)).containsOnlyKeys("city", "phone").containsEntry("city", "\"Shelbyville\"");
        assertThat(entries).extracting(JournalEntryRecord::getHlc).containsOnly(entries.get(0).getHlc())
                .allSatisfy(hlc -> assertThat(hlc).isGreaterThan(hlcOfCreate(contact.id())));
    }

    @Test
    void writesNothingForAnUpdateThatChangesNothing() {
        User zdv = data.user("zdv", Role.STANDARD);
        Contact contact = as(zdv, () -> contacts.create(fields("Kwik-e-mart", "Springfield", "555-0100", Map.of())));
        long before = lastSeq();
        Contact same = as(zdv, () -> contacts.update(contact.id(), fields(" Kwik-e-mart ", "Springfield", "555-0100", Map.of()), 1));
        assertThat(same.version()).isEqualTo(1);
        assertThat(entriesSince(before)).isEmpty();
        assertThat(dsl.select(CONTACT.VERSION).from(CONTACT).where(CONTACT.ID.eq(contact.id())).fetchSingle(CONTACT.VERSION))
                .isEqualTo(1);
    }

    @Test
    void journalsADeletedContactAsATombstone() {
        User zdv = data.user("zdv", Role.STANDARD);
        Contact contact = as(zdv, () -> contacts.create(fields("Kwik-e-mart", "Springfield", "555-0100", Map.of())));
        long before = lastSeq();
        as(zdv, () -> {
            contacts.delete(contact.id(), null);
            return null;
        });
        assertThat(entriesSince(before)).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.getOp()).isEqualTo("DELETE");
            assertThat(tombstone.getEntity()).isEqualTo("contact");
            assertThat(tombstone.getRecordId()).isEqualTo(contact.id());
            assertThat(tombstone.getField()).isEqualTo("*");
            assertThat(tombstone.getFieldValue()).isNull();
            assertThat(tombstone.getUserId()).isEqualTo(zdv.id());
        });
        assertThat(dsl.fetchCount(CONTACT, CONTACT.ID.eq(contact.id()))).isZero();
    }

    @Test
    void journalsACustomFieldValueUnderTheFieldsId() {
        User zdv = data.user("zdv", Role.STANDARD);
        String contractCode = "customFields." + as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode",
                "Contract code", CustomFieldType.TEXT, null))).id();
        String discount = "customFields." + as(data.admin(), () -> customFields.define(new NewCustomField("contact", "discount",
                "Discount", CustomFieldType.NUMBER, null))).id();
        long beforeCreate = lastSeq();
        Contact contact = as(zdv, () -> contacts.create(fields("Acme", "", "", Map.of("contractCode", "K-17"))));
        assertThat(setValues(entriesSince(beforeCreate))).containsEntry(contractCode, "\"K-17\"")
                .doesNotContainKey(discount).doesNotContainKey("customFields.contractCode");

        long beforeUpdate = lastSeq();
        Map<String, Object> change = new HashMap<>();
        change.put("contractCode", null);
        change.put("discount", "12.5");
        as(zdv, () -> contacts.update(contact.id(), fields("Acme", "", "", change), 1));
        List<JournalEntryRecord> entries = entriesSince(beforeUpdate);
        assertThat(entries).extracting(JournalEntryRecord::getRecordId).containsOnly(contact.id());
        assertThat(entries).extracting(JournalEntryRecord::getUserId).containsOnly(zdv.id());
        Map<String, String> set = setValues(entries);
        assertThat(set).containsOnlyKeys(contractCode, discount);
        assertThat(set.get(contractCode)).isNull();
        assertThat(set.get(discount)).isEqualTo("12.5");
    }

    @Test
    void journalsANoteWithItsContactAsParent() {
        User zdv = data.user("zdv", Role.STANDARD);
        Contact contact = as(zdv, () -> contacts.create(fields("Acme", "", "", Map.of())));
        long before = lastSeq();
        Note note = as(zdv, () -> notes.add(contact.id(), "Call back on Friday", false));
        as(zdv, () -> notes.edit(note.id(), "Called back", false, 1));
        as(zdv, () -> {
            notes.delete(note.id());
            return null;
        });
        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.getEntity()).isEqualTo("note");
            assertThat(entry.getRecordId()).isEqualTo(note.id());
            assertThat(entry.getParentId()).isEqualTo(contact.id());
        });
        assertThat(entries).extracting(JournalEntryRecord::getOp).containsSubsequence("CREATE", "SET", "DELETE");
        assertThat(entries.get(0).getFieldValue()).contains("\"body\":\"Call back on Friday\"");
        assertThat(entries).filteredOn(entry -> entry.getField().equals("body"))
                .extracting(JournalEntryRecord::getFieldValue).containsExactly("\"Called back\"");
    }

    @Test
    void journalsTheNotesAndHistoryOfADeletedContactAsTombstonesUnderIt() {
        User zdv = data.user("zdv", Role.STANDARD);
        Contact contact = as(zdv, () -> contacts.create(fields("Acme", "", "", Map.of())));
        Note note = as(zdv, () -> notes.add(contact.id(), "A note", false));
        UUID item = as(zdv, () -> history.record(contact.id(), new NewHistoryItem(HistoryKind.MANUAL, "CALL", "COMPLETED", "Call",
                "", false, OffsetDateTime.of(2003, 9, 5, 12, 0, 0, 0, ZoneOffset.UTC)))).id();
        long before = lastSeq();
        as(zdv, () -> {
            contacts.delete(contact.id(), null);
            return null;
        });
        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).extracting(JournalEntryRecord::getOp).containsOnly("DELETE");
        assertThat(entries).extracting(JournalEntryRecord::getRecordId).containsExactlyInAnyOrder(contact.id(), note.id(), item);
        assertThat(entries).filteredOn(entry -> !entry.getRecordId().equals(contact.id()))
                .extracting(JournalEntryRecord::getParentId).containsOnly(contact.id());
    }

    @Test
    void givesEveryChangeALaterClockThanTheOneBefore() {
        mixedScenario();
        List<JournalEntryRecord> entries = dsl.selectFrom(JOURNAL_ENTRY).orderBy(JOURNAL_ENTRY.SEQ).fetch();
        assertThat(entries).hasSizeGreaterThan(20);
        for (int i = 1; i < entries.size(); i++) {
            JournalEntryRecord previous = entries.get(i - 1);
            JournalEntryRecord entry = entries.get(i);
            if (entry.getHlc().equals(previous.getHlc())) {
                // the entries of one change (the fields of one write) share its timestamp
                assertThat(entry.getRecordId()).as("seq %d", entry.getSeq()).isEqualTo(previous.getRecordId());
                assertThat(entry.getOp()).as("seq %d", entry.getSeq()).isNotEqualTo("CREATE");
            } else {
                assertThat(entry.getHlc()).as("seq %d", entry.getSeq()).isGreaterThan(previous.getHlc());
            }
        }
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getOriginDb()).isEqualTo(databaseId());
            assertThat(entry.getOriginSeq()).isEqualTo(entry.getSeq());
        });
    }

    @Test
    void hasACreateEntryForEveryRowAndATombstoneForEveryDeletedOne() {
        Set<UUID> existingContacts = new HashSet<>(dsl.select(CONTACT.ID).from(CONTACT).fetch(CONTACT.ID));
        mixedScenario();
        assertJournalMatchesTable("contact", CONTACT, CONTACT.ID, existingContacts);
        assertJournalMatchesTable("note", NOTE, NOTE.ID, Set.of());
        assertJournalMatchesTable("history", HISTORY_ITEM, HISTORY_ITEM.ID, Set.of());

        Map<UUID, String> cities = dsl.select(CONTACT.ID, CONTACT.CITY).from(CONTACT).where(CONTACT.ID.notIn(existingContacts))
                .fetchMap(CONTACT.ID, CONTACT.CITY);
        assertThat(cities).isNotEmpty().allSatisfy((id, city) -> assertThat(latestValue("contact", id, "city")).as(id.toString())
                .isEqualTo(city.isEmpty() ? null : city));
    }

    /** Contacts made one by one and in a batch, duplicated, updated and deleted, with notes, history and users. */
    private void mixedScenario() {
        User zdv = data.user("zdv", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        List<UUID> batch = as(zdv, () -> contacts.createAll(List.of(fields("Alpha", "Tver", "1", Map.of()),
                fields("Bravo", "Kazan", "", Map.of()), fields("Charlie", "", "3", Map.of()))));
        Contact delta = as(manager, () -> contacts.create(fields("Delta", "Omsk", "4", Map.of())));
        Contact echo = as(zdv, () -> contacts.create(fields("Echo", "Perm", "", Map.of())));
        as(manager, () -> contacts.duplicate(delta.id(), DuplicateMode.ALL));
        as(zdv, () -> contacts.update(batch.get(0), fields("Alpha", "Samara", "1", Map.of()), 1));
        as(zdv, () -> contacts.update(batch.get(1), fields("Bravo", "", "", Map.of()), 1));
        as(manager, () -> contacts.update(echo.id(), fields("Echo", "Perm", "", Map.of(), zdv), 1));
        Note note = as(zdv, () -> notes.add(batch.get(2), "About Charlie", false));
        as(manager, () -> notes.add(delta.id(), "About Delta", true));
        as(zdv, () -> notes.edit(note.id(), "About Charlie, edited", false, 1));
        as(zdv, () -> history.record(delta.id(), new NewHistoryItem(HistoryKind.MANUAL, "CALL", null, "Call Delta", "", false, null)));
        as(zdv, () -> history.record(echo.id(), new NewHistoryItem(HistoryKind.MANUAL, null, null, "Meet Echo", "", false, null)));
        as(zdv, () -> notes.add(echo.id(), "About Echo", false));
        as(manager, () -> {
            contacts.delete(echo.id(), null);
            return null;
        });
        data.user("late", Role.BROWSE);
    }

    private void assertJournalMatchesTable(String entity, Table<?> table, TableField<?, UUID> id, Set<UUID> existing) {
        Set<UUID> rows = dsl.select(id).from(table).fetchSet(id).stream().filter(row -> !existing.contains(row))
                .collect(Collectors.toSet());
        Set<UUID> created = recordIds(entity, "CREATE");
        Set<UUID> deleted = recordIds(entity, "DELETE");
        assertThat(rows).as(entity).isNotEmpty();
        assertThat(created).as(entity + " rows with a CREATE entry").containsAll(rows);
        assertThat(deleted).as(entity).doesNotContainAnyElementsOf(rows);
        Set<UUID> alive = new HashSet<>(created);
        alive.removeAll(deleted);
        assertThat(alive).as(entity + " created and not deleted").isEqualTo(rows);
        assertThat(created).as(entity).containsAll(deleted);
    }

    private Set<UUID> recordIds(String entity, String op) {
        return dsl.select(JOURNAL_ENTRY.RECORD_ID).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ENTITY.eq(entity)).and(JOURNAL_ENTRY.OP.eq(op))
                .fetchSet(JOURNAL_ENTRY.RECORD_ID);
    }

    /**
     * The value the journal holds as current: of the entries that set the field (its SETs and the
     * record's CREATE), the one of the highest (hlc, origin_db).
     */
    private String latestValue(String entity, UUID recordId, String field) {
        JournalEntryRecord latest = dsl.selectFrom(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.ENTITY.eq(entity)).and(JOURNAL_ENTRY.RECORD_ID.eq(recordId))
                .and(JOURNAL_ENTRY.FIELD.eq(field).and(JOURNAL_ENTRY.OP.eq("SET")).or(JOURNAL_ENTRY.OP.eq("CREATE")))
                .orderBy(JOURNAL_ENTRY.HLC.desc(), JOURNAL_ENTRY.ORIGIN_DB.desc(), JOURNAL_ENTRY.OP.desc())
                .limit(1)
                .fetchOptional()
                .orElse(null);
        if (latest == null || latest.getFieldValue() == null) {
            return null;
        }
        try {
            JsonNode value = json.readTree(latest.getFieldValue());
            JsonNode current = latest.getOp().equals("CREATE") ? value.get(field) : value;
            return current == null || current.isNull() || current.asText().isEmpty() ? null : current.asText();
        } catch (Exception e) {
            throw new IllegalStateException("Not JSON: " + latest.getFieldValue(), e);
        }
    }

    private String fromJson(String value) {
        try {
            return json.readValue(value, String.class);
        } catch (Exception e) {
            throw new IllegalStateException("Not a JSON string: " + value, e);
        }
    }

    private long hlcOfCreate(UUID recordId) {
        return dsl.select(JOURNAL_ENTRY.HLC).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(recordId)).and(JOURNAL_ENTRY.OP.eq("CREATE"))
                .fetchSingle(JOURNAL_ENTRY.HLC);
    }

    private long lastSeq() {
        Long last = dsl.select(org.jooq.impl.DSL.max(JOURNAL_ENTRY.SEQ)).from(JOURNAL_ENTRY).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    private List<JournalEntryRecord> entriesSince(long seq) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.SEQ.gt(seq)).orderBy(JOURNAL_ENTRY.SEQ).fetch();
    }

    private UUID databaseId() {
        return dsl.select(DATABASE_IDENTITY.DATABASE_ID).from(DATABASE_IDENTITY).fetchSingle(DATABASE_IDENTITY.DATABASE_ID);
    }

    /** The SET entries by field; a field set twice keeps its last value. */
    private static Map<String, String> setValues(List<JournalEntryRecord> entries) {
        Map<String, String> values = new HashMap<>();
        entries.stream().filter(entry -> entry.getOp().equals("SET")).forEach(entry -> values.put(entry.getField(), entry.getFieldValue()));
        return values;
    }

    /** A contact's fields, managed by whoever writes them. */
    private static ContactFields fields(String company, String city, String phone, Map<String, ?> customFields) {
        return fields(company, city, phone, customFields, null);
    }

    private static ContactFields fields(String company, String city, String phone, Map<String, ?> customFields, User manager) {
        return new ContactFields(company, "Barney", "Giverts", null, null, null, phone, null, null, null, null, null, List.of(),
                null, null, null, city, null, null, null, null, manager == null ? null : manager.id(), null, false, customFields);
    }
}
