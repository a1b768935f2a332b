package org.svyaz.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_TAG;
import static org.svyaz.schema.Tables.CUSTOM_FIELD;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;
import static org.svyaz.schema.Tables.GROUP_MEMBER;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.SvyazTests;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.Priority;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.customfields.NewCustomField;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.groups.MemberRemoval;
import org.svyaz.history.NoteManagement;
import org.svyaz.journal.internal.JournalEscapeListener;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.schema.tables.records.JournalEntryRecord;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Writes that once escaped the journal (issue 16): every change a user or a cascade makes to a
 * journaled table has its entries, and a write outside the journal fails in tests.
 */
class JournalEscapesTests extends SvyazTests {

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
    CustomFieldManagement customFields;

    @Autowired
    TeamManagement teams;

    @Autowired
    NoteManagement notes;

    @Autowired
    JournaledWrites writes;

    @Test
    void journalsTheExclusionOfARuleMemberAndItsEnd() {
        User zdv = data.user("zdv", Role.MANAGER);
        UUID group = as(zdv, () -> groups.create(new GroupFields("Kwik-e-mart", "", "", "", "", "", null, Map.of())).id());
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        as(zdv, () -> members.setRule(group, new ContactFilter.Criteria(List.of(new Criterion("company", Operator.EQUALS,
                "Kwik-e-mart")), Match.ALL), groups.get(group).version()));

        long beforeExclusion = lastSeq();
        assertThat(as(zdv, () -> members.remove(group, barney))).isEqualTo(MemberRemoval.EXCLUDED);
        assertThat(entriesSince(beforeExclusion)).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.getEntity()).isEqualTo("group");
            assertThat(exclusion.getRecordId()).isEqualTo(group);
            assertThat(exclusion.getField()).isEqualTo("excludedMembers");
            assertThat(exclusion.getOp()).isEqualTo("LINK");
            assertThat(exclusion.getFieldValue()).isEqualTo("\"" + barney + "\"");
        });

        long beforeReturn = lastSeq();
        as(zdv, () -> members.add(group, List.of(barney)));
        assertThat(entriesSince(beforeReturn)).extracting(JournalEntryRecord::getField, JournalEntryRecord::getOp)
                .containsExactly(tuple("excludedMembers", "UNLINK"),
                        tuple("members", "LINK"));

        // excluded again, then the rule is taken away: the exclusion ends with it
        as(zdv, () -> members.remove(group, barney));
        long beforeRuleRemoved = lastSeq();
        as(zdv, () -> members.setRule(group, null, groups.get(group).version()));
        assertThat(entriesSince(beforeRuleRemoved)).filteredOn(entry -> entry.getField().equals("excludedMembers"))
                .extracting(JournalEntryRecord::getOp, JournalEntryRecord::getFieldValue)
                .containsExactly(tuple("UNLINK", "\"" + barney + "\""));
        assertThat(dsl.fetchCount(GROUP_MEMBER, GROUP_MEMBER.EXCLUDED.isTrue())).isZero();
    }

    @Test
    void journalsWhatADeletedContactLeavesBehind() {
        User zdv = data.user("zdv", Role.MANAGER);
        User ann = data.user("ann", Role.STANDARD);
        CustomField contractCode = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode",
                "Contract code", CustomFieldType.TEXT, null)));
        UUID group = as(zdv, () -> groups.create(new GroupFields("Kwik-e-mart", "", "", "", "", "", null, Map.of())).id());
        UUID barney = as(zdv, () -> contacts.create(withContractCode("K-17")
                .with(RecordAccess.limited(List.of(), List.of(ann.id())))).id());
        as(zdv, () -> members.add(group, List.of(barney)));
        UUID call = as(zdv, () -> activities.schedule(call(List.of(barney))).activity().id());
        UUID note = as(zdv, () -> notes.add(RecordOwner.contact(barney), "For Ann", RecordAccess.limited(List.of(), List.of(ann.id())))
                .id());

        long before = lastSeq();
        as(zdv, () -> {
            contacts.delete(barney, null);
            return null;
        });

        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(barney))
                .extracting(JournalEntryRecord::getField, JournalEntryRecord::getOp, JournalEntryRecord::getFieldValue)
                .containsExactly(tuple(contractCode.journalName(), "SET", null),
                        tuple("accessUsers", "SET", "[]"),
                        tuple("*", "DELETE", null));
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(group))
                .extracting(JournalEntryRecord::getField, JournalEntryRecord::getOp, JournalEntryRecord::getFieldValue)
                .containsExactly(tuple("members", "UNLINK", "\"" + barney + "\""));
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(call))
                .extracting(JournalEntryRecord::getField, JournalEntryRecord::getOp, JournalEntryRecord::getFieldValue)
                .containsExactly(tuple("contacts", "UNLINK", "\"" + barney + "\""));
        assertThat(entries).filteredOn(entry -> entry.getRecordId().equals(note))
                .extracting(JournalEntryRecord::getField, JournalEntryRecord::getOp, JournalEntryRecord::getFieldValue)
                .containsExactly(tuple("accessUsers", "SET", "[]"), tuple("*", "DELETE", null));
        assertThat(dsl.fetchCount(CUSTOM_VALUE, CUSTOM_VALUE.RECORD_ID.eq(barney))).isZero();
        assertThat(dsl.fetchCount(RECORD_GRANT, RECORD_GRANT.RECORD_ID.in(barney, note))).isZero();
        assertThat(dsl.fetchCount(GROUP_MEMBER, GROUP_MEMBER.CONTACT_ID.eq(barney))).isZero();
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT, ACTIVITY_CONTACT.CONTACT_ID.eq(barney))).isZero();
    }

    @Test
    void journalsTheGrantsADeletedTeamLoses() {
        User zdv = data.user("zdv", Role.MANAGER);
        User ann = data.user("ann", Role.STANDARD);
        Team buyers = as(data.admin(), () -> teams.create("Buyers", List.of(ann.userName())));
        Team sellers = as(data.admin(), () -> teams.create("Sellers", List.of(zdv.userName())));
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")
                .with(RecordAccess.limited(List.of(buyers.id(), sellers.id()), List.of(ann.id())))).id());

        long before = lastSeq();
        as(data.admin(), () -> {
            teams.delete(buyers.id());
            return null;
        });

        assertThat(entriesSince(before)).filteredOn(entry -> entry.getRecordId().equals(barney)).singleElement().satisfies(grants -> {
            assertThat(grants.getEntity()).isEqualTo("contact");
            assertThat(grants.getField()).isEqualTo("accessTeams");
            assertThat(grants.getFieldValue()).isEqualTo("[\"" + sellers.id() + "\"]");
        });
        assertThat(dsl.select(RECORD_GRANT.GRANTEE_ID).from(RECORD_GRANT).where(RECORD_GRANT.RECORD_ID.eq(barney))
                .fetch(RECORD_GRANT.GRANTEE_ID)).containsExactlyInAnyOrder(sellers.id(), ann.id());
    }

    @Test
    void journalsTheValuesOfADeletedCustomFieldAsCleared() {
        User zdv = data.user("zdv", Role.MANAGER);
        CustomField contractCode = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode",
                "Contract code", CustomFieldType.TEXT, null)));
        UUID barney = as(zdv, () -> contacts.create(withContractCode("K-17")).id());
        UUID homer = as(zdv, () -> contacts.create(withContractCode("K-18")).id());
        UUID lenny = as(zdv, () -> contacts.create(withContractCode(null)).id());

        long before = lastSeq();
        as(data.admin(), () -> {
            customFields.delete(contractCode.id());
            return null;
        });

        List<JournalEntryRecord> entries = entriesSince(before);
        assertThat(entries).filteredOn(entry -> entry.getEntity().equals("contact"))
                .allSatisfy(cleared -> {
                    assertThat(cleared.getField()).isEqualTo(contractCode.journalName());
                    assertThat(cleared.getOp()).isEqualTo("SET");
                    assertThat(cleared.getFieldValue()).isNull();
                })
                .extracting(JournalEntryRecord::getRecordId).containsExactlyInAnyOrder(barney, homer)
                .doesNotContain(lenny);
        assertThat(entries).filteredOn(entry -> entry.getEntity().equals("customField")).singleElement()
                .satisfies(tombstone -> assertThat(tombstone.getOp()).isEqualTo("DELETE"));
        assertThat(dsl.fetchCount(CUSTOM_VALUE)).isZero();
    }

    @Test
    void keepsTheValuesOfACustomFieldDeletedBehindTheJournalsBack() {
        User zdv = data.user("zdv", Role.MANAGER);
        CustomField contractCode = as(data.admin(), () -> customFields.define(new NewCustomField("contact", "contractCode",
                "Contract code", CustomFieldType.TEXT, null)));
        as(zdv, () -> contacts.create(withContractCode("K-17")));

        // the key no longer cascades: a deletion that skips the journal fails instead of losing values unseen
        assertThatThrownBy(() -> JournalEscapeListener.asFixture(
                () -> dsl.deleteFrom(CUSTOM_FIELD).where(CUSTOM_FIELD.ID.eq(contractCode.id())).execute()))
                .isInstanceOf(RuntimeException.class);
        assertThat(dsl.fetchCount(CUSTOM_VALUE)).isEqualTo(1);
    }

    @Test
    void failsAWriteOfAJournaledTableOutsideTheJournal() {
        User zdv = data.user("zdv", Role.MANAGER);
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());

        assertThatThrownBy(() -> dsl.execute("update contact set city = 'Shelbyville'"))
                .hasStackTraceContaining("journaled table contact outside the journal");
        assertThatThrownBy(() -> dsl.update(CONTACT).set(CONTACT.CITY, "Shelbyville").execute())
                .hasStackTraceContaining("journaled table contact outside the journal");
        assertThatThrownBy(() -> dsl.batch(dsl.deleteFrom(RECORD_GRANT), dsl.deleteFrom(CUSTOM_VALUE)).execute())
                .hasStackTraceContaining("outside the journal");
        assertThatThrownBy(() -> dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.EXCLUDED, true).execute())
                .hasStackTraceContaining("journaled table group_member outside the journal");
        assertThat(dsl.select(CONTACT.CITY).from(CONTACT).where(CONTACT.ID.eq(barney)).fetchSingle(CONTACT.CITY)).isEmpty();

        // derived membership and tables that are not journaled may be written directly
        dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, false).where(GROUP_MEMBER.CONTACT_ID.eq(barney)).execute();
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.BY_HAND.isFalse()).and(GROUP_MEMBER.EXCLUDED.isFalse()).execute();
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(barney)).execute();
    }

    @Test
    void refusesAJournaledWriteOutsideATransaction() {
        long before = lastSeq();
        UUID barney = UUID.randomUUID();
        assertThatThrownBy(() -> writes.setField("contact", barney, null, "city", "Shelbyville"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contact")
                .hasMessageContaining("transaction");
        assertThat(entriesSince(before)).isEmpty();
    }

    private static ContactFields withContractCode(String code) {
        return new ContactFields("Kwik-e-mart", "Barney", "Giverts", null, null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null, null, null, null, null, null, null, false,
                code == null ? Map.of() : Map.of("contractCode", code));
    }

    private static ActivityFields call(List<UUID> contactIds) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), LocalTime.of(10, 0), null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, null, RecordAccess.PUBLIC, null, null);
    }

    private long lastSeq() {
        Long last = dsl.select(DSL.max(JOURNAL_ENTRY.SEQ)).from(JOURNAL_ENTRY).fetchOne(0, Long.class);
        return last == null ? 0 : last;
    }

    private List<JournalEntryRecord> entriesSince(long seq) {
        return dsl.selectFrom(JOURNAL_ENTRY).where(JOURNAL_ENTRY.SEQ.gt(seq)).orderBy(JOURNAL_ENTRY.SEQ).fetch();
    }
}
