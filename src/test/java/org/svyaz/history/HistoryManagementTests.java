package org.svyaz.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;
import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svyaz.SvyazTests;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupDuplicateMode;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.journal.internal.JournalReplay;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Notes and history items deleted alone or with their contact or group take everything kept
 * beside them along (the grants of limited notes), journaled, so that a replay of the journal
 * gives the tables as they are.
 */
class HistoryManagementTests extends SvyazTests {

    @Autowired
    NoteManagement notes;

    @Autowired
    HistoryManagement history;

    @Autowired
    ContactManagement contacts;

    @Autowired
    GroupManagement groups;

    @Autowired
    TeamManagement teams;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    private User zdv;
    private RecordAccess limited;

    @BeforeEach
    void aManagerAndATeam() {
        JournalReplay.journalWhatTheResetLeft(context);
        zdv = data.user("zdv", Role.MANAGER);
        User ann = data.user("ann", Role.STANDARD);
        Team buyers = as(data.admin(), () -> teams.create("Buyers", List.of(ann.userName())));
        limited = RecordAccess.limited(List.of(buyers.id()), List.of(ann.id()));
    }

    @Test
    void aDeletedLimitedNoteLeavesNoGrantBehind() {
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID note = as(zdv, () -> notes.add(RecordOwner.contact(barney), "For the buyers", limited).id());
        assertThat(dsl.fetchCount(RECORD_GRANT, RECORD_GRANT.RECORD_ID.eq(note))).isEqualTo(2);

        as(zdv, () -> {
            notes.delete(note);
            return null;
        });

        assertThat(dsl.fetchCount(NOTE)).isZero();
        assertThat(dsl.fetchCount(RECORD_GRANT)).as("no grant outlives its note").isZero();
        assertThat(JournalReplay.difference(context)).isNull();
    }

    @Test
    void aDeletedContactTakesItsNotesWithTheirGrantsAndItsHistory() {
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID homer = as(zdv, () -> contacts.create(ContactFields.named("Plant", "Homer", "Simpson")).id());
        as(zdv, () -> notes.add(RecordOwner.contact(barney), "For the buyers", limited));
        as(zdv, () -> notes.add(RecordOwner.contact(barney), "Mine", RecordAccess.PRIVATE));
        UUID homersNote = as(zdv, () -> notes.add(RecordOwner.contact(homer), "For the buyers too", limited).id());
        as(zdv, () -> history.record(barney, visit("Visit", false)));
        as(zdv, () -> history.record(barney, visit("Private visit", true)));

        as(zdv, () -> {
            contacts.delete(barney, null);
            return null;
        });

        assertThat(dsl.fetchCount(NOTE)).isEqualTo(1);
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isZero();
        assertThat(dsl.select(RECORD_GRANT.RECORD_ID).from(RECORD_GRANT).fetchSet(RECORD_GRANT.RECORD_ID))
                .as("the grants of the other contact's note stay, none of the deleted ones'").containsExactly(homersNote);
        assertThat(JournalReplay.difference(context)).isNull();
    }

    @Test
    void aDeletedGroupTakesItsNotesWithTheirGrantsAndItsHistory() {
        UUID group = as(zdv, () -> groups.create(new GroupFields("Kwik-e-mart", "", "", "", "", "", null, Map.of())).id());
        as(zdv, () -> notes.add(RecordOwner.group(group), "For the buyers", limited));
        as(zdv, () -> history.record(RecordOwner.group(group), visit("Visit", false)));

        as(zdv, () -> groups.delete(group, null));

        assertThat(dsl.fetchCount(NOTE)).isZero();
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isZero();
        assertThat(dsl.fetchCount(RECORD_GRANT)).as("no grant outlives its note").isZero();
        assertThat(JournalReplay.difference(context)).isNull();
    }

    @Test
    void aDuplicatedGroupsLimitedNotesAreGrantedToWhomTheirOriginalsAre() {
        UUID group = as(zdv, () -> groups.create(new GroupFields("Kwik-e-mart", "", "", "", "", "", null, Map.of())).id());
        UUID note = as(zdv, () -> notes.add(RecordOwner.group(group), "For the buyers", limited).id());

        UUID copy = as(zdv, () -> groups.duplicate(group, GroupDuplicateMode.ALL, null).id());

        UUID copiedNote = dsl.select(NOTE.ID).from(NOTE).where(NOTE.GROUP_ID.eq(copy)).fetchSingle(NOTE.ID);
        assertThat(grantsOf(copiedNote)).isEqualTo(grantsOf(note)).hasSize(2);
        assertThat(JournalReplay.difference(context)).isNull();
    }

    private List<List<Object>> grantsOf(UUID recordId) {
        return dsl.select(RECORD_GRANT.GRANTEE_KIND, RECORD_GRANT.GRANTEE_ID).from(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.eq(recordId))
                .orderBy(RECORD_GRANT.GRANTEE_KIND, RECORD_GRANT.GRANTEE_ID).fetch().map(org.jooq.Record::intoList);
    }

    @Test
    void aHistoryItemDeletedAloneIsJournaledAsGone() {
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID visit = as(zdv, () -> history.record(barney, visit("Private visit", true)).id());
        UUID call = as(zdv, () -> history.record(barney, visit("Call", false)).id());

        as(zdv, () -> {
            history.delete(visit);
            return null;
        });

        assertThat(dsl.select(HISTORY_ITEM.ID).from(HISTORY_ITEM).fetch(HISTORY_ITEM.ID)).containsExactly(call);
        assertThat(JournalReplay.difference(context)).isNull();
    }

    private static NewHistoryItem visit(String regarding, boolean isPrivate) {
        return new NewHistoryItem(HistoryKind.MANUAL, null, null, regarding, "", isPrivate, null);
    }
}
