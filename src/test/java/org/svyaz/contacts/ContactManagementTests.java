package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.svyaz.SvyazTests;
import org.svyaz.documents.Document;
import org.svyaz.documents.DocumentManagement;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.HistoryManagement;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.history.Note;
import org.svyaz.history.NoteManagement;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** The contacts module through its API, as other modules and the web layer use it. */
class ContactManagementTests extends SvyazTests {

    @Autowired
    ContactManagement contacts;

    @Autowired
    NoteManagement notes;

    @Autowired
    HistoryManagement history;

    @Autowired
    DocumentManagement documents;

    @Autowired
    DSLContext dsl;

    @Test
    void createsAContactManagedByItsCreatorWithTheFirstStatus() {
        User zdv = data.user("zdv", Role.MANAGER);
        Contact barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        assertThat(barney.recordManagerId()).isEqualTo(zdv.id());
        assertThat(barney.createdBy()).isEqualTo(zdv.id());
        assertThat(barney.status()).isEqualTo("prospect");
        assertThat(barney.version()).isEqualTo(1);
    }

    @Test
    void rejectsContactWithoutAnyName() {
        Throwable refused = catchThrowable(() -> as(data.admin(), () -> contacts.create(ContactFields.named(" ", "", null))));
        assertThat(refused).isInstanceOf(InvalidInput.class);
        assertThat(((InvalidInput) refused).fieldErrors()).containsKey("name");
    }

    @Test
    void givesEveryNewUserAMyRecordThatCannotBeDeleted() {
        User zdv = as(data.admin(), () -> users.create(new NewUser("zdv", "zdv-secret", "Дмитрий Зайцев", Role.STANDARD, null)));
        UUID myRecordId = contacts.myRecordId(zdv.id()).orElseThrow();
        Contact myRecord = as(zdv, () -> contacts.get(myRecordId));
        assertThat(myRecord.firstName()).isEqualTo("Дмитрий");
        assertThat(myRecord.lastName()).isEqualTo("Зайцев");
        assertThat(myRecord.recordManagerId()).isEqualTo(zdv.id());
        assertThat(catchThrowable(() -> as(data.admin(), () -> {
            contacts.delete(myRecordId, null);
            return null;
        }))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void deletesAContactWithItsNotesHistoryAndDocumentsAndJournalsEachDeletion() {
        User admin = data.admin();
        Contact contact = as(admin, () -> contacts.create(ContactFields.named("Doomed Ltd", null, null)));
        Note note = as(admin, () -> notes.add(contact.id(), "A note", false));
        var item = as(admin, () -> history.record(contact.id(), new NewHistoryItem(HistoryKind.MANUAL, "CALL", "COMPLETED",
                "Called", "", false, null)));
        Document document = as(admin, () -> documents.attach(RecordOwner.contact(contact.id()), "offer.txt", "text/plain", 5,
                new ByteArrayResource("offer".getBytes())));
        as(admin, () -> {
            contacts.delete(contact.id(), null);
            return null;
        });
        for (UUID deleted : List.of(contact.id(), note.id(), item.id(), document.id())) {
            assertThat(dsl.fetchCount(dsl.selectFrom("journal_entry").where("record_id = ? and op = 'DELETE'", deleted)))
                    .as("tombstone of %s", deleted).isEqualTo(1);
        }
        assertThat(dsl.fetchCount(dsl.selectFrom("note"))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("history_item"))).isZero();
        assertThat(dsl.fetchCount(dsl.selectFrom("document"))).isZero();
    }

    @Test
    void createsManyContactsAllOrNothing() {
        List<ContactFields> batch = List.of(ContactFields.named("One", null, null), ContactFields.named(null, null, null),
                ContactFields.named("Three", null, null));
        assertThat(catchThrowable(() -> as(data.admin(), () -> contacts.createAll(batch)))).isInstanceOf(InvalidInput.class);
        assertThat(dsl.fetchCount(dsl.selectFrom("contact").where("my_record_of is null"))).isZero();
        List<UUID> ids = as(data.admin(), () -> contacts.createAll(List.of(ContactFields.named("One", null, null),
                ContactFields.named("Two", null, null))));
        assertThat(as(data.admin(), () -> contacts.getAll(ids))).extracting(Contact::company).containsExactlyInAnyOrder("One", "Two");
    }

    @Test
    void showsAPrivateContactToItsRecordManagerAlone() {
        User owner = data.user("owner", Role.STANDARD);
        User administrator = data.user("boss", Role.ADMINISTRATOR);
        ContactFields secret = new ContactFields("Secret Ltd", null, null, null, null, null, null, null, null, null, null, null,
                List.of(), null, null, null, null, null, null, null, null, null, null, true, Map.of());
        Contact contact = as(owner, () -> contacts.create(secret));
        assertThat(as(owner, () -> contacts.isVisible(contact.id()))).isTrue();
        assertThat(as(administrator, () -> contacts.isVisible(contact.id()))).isFalse();
        assertThat(as(administrator, () -> contacts.getAll(List.of(contact.id())))).isEmpty();
        assertThat(catchThrowable(() -> as(administrator, () -> contacts.get(contact.id())))).isInstanceOf(ContactNotFound.class);
    }
}
