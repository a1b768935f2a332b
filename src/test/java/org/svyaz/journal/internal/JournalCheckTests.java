package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.NOTE;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.SvyazTests;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Priority;
import org.svyaz.activities.ScheduledActivity;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.history.Note;
import org.svyaz.history.NoteManagement;
import org.svyaz.journal.ExchangedEntry;
import org.svyaz.journal.JournalExchange;
import org.svyaz.journal.JournalOperation;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.SeriesTarget;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * {@code journal check} after workloads through the modules' APIs: a replay of the journal gives
 * every journaled table as it is, and a write that escaped the journal is named.
 */
class JournalCheckTests extends SvyazTests {

    @Autowired
    JournalCheck check;

    @Autowired
    JournaledWrites writes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DSLContext dsl;

    @Autowired
    ContactManagement contacts;

    @Autowired
    GroupManagement groups;

    @Autowired
    GroupMembers members;

    @Autowired
    ActivityManagement activities;

    @Autowired
    NoteManagement notes;

    @Autowired
    CustomFieldManagement customFields;

    @Autowired
    SeriesManagement series;

    @Autowired
    SeriesScheduling scheduling;

    @Autowired
    JournalExchange exchange;

    /** The test data's reset leaves the administrator and the built-in records without entries: journal them as they are. */
    @BeforeEach
    void journalWhatTheResetLeft() {
        transactions.executeWithoutResult(status -> writes.journalExisting());
    }

    @Test
    void passesOnAnEmptyJournalOfAFreshDatabase() {
        assertThat(check.run().difference()).isNull();
    }

    @Test
    void replaysContactsGroupsActivitiesAndNotesAsTheyAre() {
        User zdv = data.user("zdv", Role.MANAGER);
        Contact barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        Contact homer = as(zdv, () -> contacts.create(ContactFields.named("Plant", "Homer", "Simpson")));
        as(zdv, () -> contacts.update(barney.id(), ContactFields.named("Kwik-e-mart", "Barney", "Gumble"), barney.version()));
        UUID group = as(zdv, () -> groups.create(new GroupFields("Springfield", "", "", "", "", "", null, Map.of())).id());
        as(zdv, () -> members.add(group, List.of(barney.id(), homer.id())));
        as(zdv, () -> members.remove(group, homer.id()));
        ScheduledActivity call = as(zdv, () -> activities.schedule(activity(List.of(barney.id(), homer.id()), LocalTime.of(10, 0))));
        as(zdv, () -> activities.update(call.activity().id(), activity(List.of(homer.id()), LocalTime.of(15, 30)),
                call.activity().version(), EditScope.OCCURRENCE));
        as(zdv, () -> activities.clear(call.activity().id(), ClearResult.COMPLETED, "Done"));
        Note note = as(zdv, () -> notes.add(barney.id(), "Call back on Friday", false));
        as(zdv, () -> notes.edit(note.id(), "Call back on Monday", true, note.version()));

        JournalCheck.Outcome outcome = check.run();

        assertThat(outcome.difference()).isNull();
        assertThat(outcome.entries()).isGreaterThan(10);
        assertThat(outcome.rows()).isGreaterThan(5);
    }

    /** The replay applies runs of changes to one entity in batches: each change must land as if applied alone. */
    @Test
    void replaysTheDeletionOfAGroupWithItsSubgroups() {
        User zdv = data.user("zdv", Role.MANAGER);
        UUID springfield = as(zdv, () -> groups.create(new GroupFields("Springfield", "", "", "", "", "", null, Map.of())).id());
        UUID plant = as(zdv, () -> groups.create(new GroupFields("Plant", "", "", "", "", "", springfield, Map.of())).id());
        as(zdv, () -> groups.create(new GroupFields("Sector 7G", "", "", "", "", "", plant, Map.of())));

        as(zdv, () -> groups.delete(springfield, null));

        assertThat(check.run().difference()).isNull();
    }

    @Test
    void replaysManyChangesOfOneEntityInOneTransaction() {
        User zdv = data.user("zdv", Role.MANAGER);
        as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode", "Contract code", CustomFieldType.TEXT,
                null)));
        UUID group = as(zdv, () -> groups.create(new GroupFields("Springfield", "", "", "", "", "", null, Map.of())).id());
        List<Contact> made = as(zdv, () -> transactions.execute(status -> {
            List<Contact> all = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Contact contact = contacts.create(withValues("Barney" + i, Map.of("contractCode", "K-" + i)));
                all.add(contacts.update(contact.id(), withValues("Barney" + i, Map.of("contractCode", "L-" + i)), contact.version()));
            }
            members.add(group, all.stream().map(Contact::id).toList());
            return all;
        }));
        as(zdv, () -> contacts.update(made.get(3).id(), withValues("Moe", Map.of()), made.get(3).version()));

        JournalCheck.Outcome outcome = check.run();

        assertThat(outcome.difference()).isNull();
        assertThat(outcome.entries()).isGreaterThan(90);
    }

    @Test
    void namesAWriteThatEscapedTheJournal() {
        User zdv = data.user("zdv", Role.MANAGER);
        Contact barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        JournalEscapeListener.asFixture(() -> dsl.update(CONTACT).set(CONTACT.CITY, "Shelbyville").where(CONTACT.ID.eq(barney.id()))
                .execute());

        assertThat(check.run().difference()).contains(barney.id().toString()).contains("city").contains("'Shelbyville' in the database");
    }

    @Test
    void replaysCustomValuesRulesExclusionsDeletesAndASeriesRunAndItsUndo() {
        User zdv = data.user("zdv", Role.MANAGER);
        CustomField contractCode = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode",
                "Contract code", CustomFieldType.TEXT, null)));
        CustomField region = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "region", "Region",
                CustomFieldType.TEXT, null)));
        Contact barney = as(zdv, () -> contacts.create(withValues("Barney", Map.of("contractCode", "K-17", "region", "North"))));
        Contact homer = as(zdv, () -> contacts.create(withValues("Homer", Map.of("contractCode", "K-18"))));
        Contact apu = as(zdv, () -> contacts.create(withValues("Apu", Map.of())));
        UUID group = as(zdv, () -> groups.create(new GroupFields("Kwik-e-mart", "", "", "", "", "", null, Map.of())).id());
        as(zdv, () -> members.add(group, List.of(barney.id())));
        as(zdv, () -> members.setRule(group, new ContactFilter.Criteria(List.of(new Criterion("company", Operator.EQUALS,
                "Kwik-e-mart")), Match.ALL), groups.get(group).version()));
        as(zdv, () -> members.remove(group, homer.id()));
        Series onboarding = as(data.admin(), () -> series.create(new SeriesFields("Onboarding", "", List.of(new SeriesStep("CALL", 15,
                Priority.MEDIUM, "Welcome call", new StepOffset(1, OffsetUnit.DAYS), null, WeekendRule.NEXT_MONDAY)))));
        as(data.admin(), () -> scheduling.schedule(onboarding.id(), new SeriesTarget.Contacts(List.of(barney.id(), apu.id())),
                LocalDate.of(2026, 12, 7), null));
        UUID firstRun = scheduling.history(onboarding.id()).get(0).id();
        as(data.admin(), () -> scheduling.schedule(onboarding.id(), new SeriesTarget.Contacts(List.of(homer.id())),
                LocalDate.of(2026, 12, 14), null));
        as(data.admin(), () -> scheduling.undo(firstRun));
        as(zdv, () -> {
            contacts.delete(barney.id(), null);
            return null;
        });
        as(data.admin(), () -> {
            customFields.delete(region.id());
            return null;
        });

        JournalCheck.Outcome outcome = check.run();

        assertThat(outcome.difference()).isNull();
        assertThat(contractCode.journalName()).startsWith("customFields.");
    }

    /**
     * Entries from another database for records whose parent is gone here: a note made there for a
     * contact deleted here is not made, and a contact deleted there takes the note made here with
     * it; the replay does the same.
     */
    @Test
    void replaysNotesWhoseContactWasDeletedElsewhereAsTheyWereApplied() {
        User zdv = data.user("zdv", Role.MANAGER);
        Contact barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        Contact homer = as(zdv, () -> contacts.create(ContactFields.named("Plant", "Homer", "Simpson")));
        Note local = as(zdv, () -> notes.add(barney.id(), "Call back on Friday", false));
        Note kept = as(zdv, () -> notes.add(homer.id(), "Call back on Monday", false));
        ObjectNode madeElsewhere = (ObjectNode) JournalValues.read(dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(local.id())).and(JOURNAL_ENTRY.OP.eq(JournalOperation.CREATE.name()))
                .fetchSingle(JOURNAL_ENTRY.FIELD_VALUE));
        UUID goneContact = UUID.randomUUID();
        madeElsewhere.put("contactId", goneContact.toString());
        UUID orphan = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        long now = System.currentTimeMillis() << 16;

        exchange.apply(List.of(
                new ExchangedEntry(elsewhere, 1, 1, now, null, "note", orphan, goneContact, "*", JournalValues.write(madeElsewhere),
                        JournalOperation.CREATE, zdv.id(), JournalValues.FORMAT),
                new ExchangedEntry(elsewhere, 2, 1, now + 1, now, "note", orphan, goneContact, "body", "\"Never mind\"",
                        JournalOperation.SET, zdv.id(), JournalValues.FORMAT),
                new ExchangedEntry(elsewhere, 3, 2, now + 2, now, "contact", barney.id(), null, "*", null,
                        JournalOperation.DELETE, zdv.id(), JournalValues.FORMAT)));

        assertThat(dsl.fetchCount(NOTE, NOTE.ID.in(orphan, local.id()))).isZero();
        assertThat(dsl.fetchCount(NOTE, NOTE.ID.eq(kept.id()))).isOne();
        assertThat(check.run().difference()).isNull();
    }

    private static ContactFields withValues(String firstName, Map<String, ?> customValues) {
        return new ContactFields("Kwik-e-mart", firstName, "Giverts", null, null, null, null, null, null, null, null, null, List.of(),
                null, null, null, "Springfield", null, null, null, null, null, null, false, customValues);
    }

    private static ActivityFields activity(List<UUID> contactIds, LocalTime time) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), time, null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, null, false, null);
    }
}
