package org.svyaz.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;

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
import org.svyaz.journal.JournaledWrites;
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

    @Test
    void namesAWriteThatEscapedTheJournal() {
        User zdv = data.user("zdv", Role.MANAGER);
        Contact barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        JournalEscapeListener.asFixture(() -> dsl.update(CONTACT).set(CONTACT.CITY, "Shelbyville").where(CONTACT.ID.eq(barney.id()))
                .execute());

        assertThat(check.run().difference()).contains(barney.id().toString()).contains("city").contains("'Shelbyville' in the database");
    }

    private static ActivityFields activity(List<UUID> contactIds, LocalTime time) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), time, null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, null, false, null);
    }
}
