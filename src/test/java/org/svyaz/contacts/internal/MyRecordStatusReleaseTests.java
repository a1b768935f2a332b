package org.svyaz.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.journal.internal.JournalEscapeListener;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.journal.JournalOperation;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** My Records made when every My Record was a prospect lose that status once, through the journal. */
class MyRecordStatusReleaseTests extends SvyazTests {

    private static final UUID PROSPECT = UUID.fromString("01890000-0000-7000-8000-000000000001");

    @Autowired
    MyRecordStatusRelease release;

    @Autowired
    ContactManagement contacts;

    @Autowired
    Journal journal;

    @Autowired
    DSLContext dsl;

    @Test
    void anOldMyRecordNeverEditedLosesItsDefaultStatusAndOneAUserGaveAStatusKeepsIt() {
        User untouched = data.user("untouched", Role.STANDARD);
        User chose = data.user("chose", Role.STANDARD);
        UUID untouchedRecord = contacts.myRecordId(untouched.id()).orElseThrow();
        UUID chosenRecord = contacts.myRecordId(chose.id()).orElseThrow();
        // as a database made before issue 13 holds them: the default status, still at version 1
        JournalEscapeListener.asFixture(() -> dsl.update(CONTACT).set(CONTACT.STATUS, PROSPECT).where(CONTACT.ID.eq(untouchedRecord))
                .execute());
        Contact mine = as(chose, () -> contacts.get(chosenRecord));
        as(chose, () -> contacts.update(chosenRecord, withStatus(mine, "customer"), mine.version()));
        String groupId = admin().post("/api/v1/groups", Map.of("name", "Prospects")).id();
        admin().put("/api/v1/groups/" + groupId + "/rule", Map.of("criteria",
                List.of(Map.of("field", "status", "op", "equals", "value", "prospect"))));
        assertThat(admin().get("/api/v1/groups/" + groupId + "/members").json().get("total").asInt()).isEqualTo(1);

        assertThat(release.releaseDefaultStatuses()).isEqualTo(1);

        assertThat(as(untouched, () -> contacts.get(untouchedRecord)).status()).isNull();
        assertThat(as(chose, () -> contacts.get(chosenRecord)).status()).isEqualTo("customer");
        JournalEntry newest = journal.entriesAbout(untouchedRecord, null, 1).get(0);
        assertThat(newest.operation()).isEqualTo(JournalOperation.SET);
        assertThat(newest.field()).isEqualTo("status");
        assertThat(newest.userId()).isEqualTo(untouched.id());
        assertThat(admin().get("/api/v1/groups/" + groupId + "/members").json().get("total").asInt())
                .as("the rule no longer holds the My Record").isZero();
        assertThat(release.releaseDefaultStatuses()).as("a second start finds nothing").isZero();
    }

    private static ContactFields withStatus(Contact contact, String status) {
        return new ContactFields(contact.company(), contact.firstName(), contact.lastName(), null, null, null, null, null, null, null,
                null, null, List.of(), null, null, null, null, null, null, null, status, contact.recordManagerId(), null, false, Map.of());
    }
}
