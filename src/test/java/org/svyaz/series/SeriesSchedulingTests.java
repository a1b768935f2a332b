package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.JOURNAL_ENTRY;
import static org.svyaz.schema.Tables.RECORD_GRANT;
import static org.svyaz.schema.Tables.SERIES_RUN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.svyaz.SvyazTests;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.activities.Activity;
import org.svyaz.activities.ActivityFields;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.EditScope;
import org.svyaz.activities.Priority;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.internal.JournalReplay;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Scheduling a series for many contacts through the module's API: all or nothing, journaled, for the contacts the user sees. */
class SeriesSchedulingTests extends SvyazTests {

    private static final LocalDate START = LocalDate.of(2003, 9, 5);

    @Autowired
    SeriesManagement series;

    @Autowired
    SeriesScheduling scheduling;

    @Autowired
    ContactManagement contacts;

    @Autowired
    DSLContext dsl;

    @Autowired
    ObjectMapper json;

    @Autowired
    ActivityManagement activities;

    @Autowired
    TeamManagement teams;

    @Autowired
    ApplicationContext context;

    @Test
    void aFailureInTheMiddleOfATenThousandContactRunLeavesNoActivityBehind() throws Exception {
        User admin = data.admin();
        as(admin, () -> createContacts(10_000));
        Series plan = as(admin, () -> series.create(fourSteps("Разработка компании")));
        long journalBefore = dsl.fetchCount(JOURNAL_ENTRY);
        // the database refuses the last step's activities, after the memberships and 30,000 activities were written and journaled
        dsl.execute("alter table activity add constraint series_test_failure check (regarding <> 'Подписание договора')");
        Throwable failure;
        try {
            failure = catchThrowable(() -> as(admin, () -> scheduling.schedule(plan.id(), new SeriesTarget.AllContacts(), START, null)));
        } finally {
            dsl.execute("alter table activity drop constraint series_test_failure");
        }

        assertThat(failure).isNotNull();
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT)).isZero();
        assertThat(dsl.fetchCount(SERIES_RUN)).isZero();
        assertThat(dsl.fetchCount(JOURNAL_ENTRY)).isEqualTo(journalBefore);

        SeriesSchedule done = as(admin, () -> scheduling.schedule(plan.id(), new SeriesTarget.AllContacts(), START, null));
        long everyone = dsl.fetchCount(CONTACT);
        assertThat(done.contacts()).isEqualTo(everyone);
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(4 * everyone);
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT)).isEqualTo(4 * everyone);
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.SERIES_RUN_ID.eq(done.runId()).and(ACTIVITY.START_TIME.isNull())))
                .isEqualTo(4 * everyone);
        assertThat(dsl.fetchCount(JOURNAL_ENTRY, JOURNAL_ENTRY.ENTITY.eq("activity"))).as("every activity journaled")
                .isEqualTo(4 * everyone);
        UUID someone = dsl.select(CONTACT.ID).from(CONTACT).orderBy(CONTACT.ID).offset(7000).limit(1).fetchOne(CONTACT.ID);
        UUID activityOfSomeone = dsl.select(ACTIVITY_CONTACT.ACTIVITY_ID).from(ACTIVITY_CONTACT)
                .where(ACTIVITY_CONTACT.CONTACT_ID.eq(someone)).limit(1).fetchOne(ACTIVITY_CONTACT.ACTIVITY_ID);
        String created = dsl.select(JOURNAL_ENTRY.FIELD_VALUE).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(activityOfSomeone)).and(JOURNAL_ENTRY.OP.eq("CREATE")).fetchOne(JOURNAL_ENTRY.FIELD_VALUE);
        assertThat(json.readTree(created).get("contacts").get(0).asText()).as("the CREATE carries the activity's contact")
                .isEqualTo(someone.toString());
        assertThat(json.readTree(created).get("seriesRunId").asText()).isEqualTo(done.runId().toString());

        SeriesRun undone = as(admin, () -> scheduling.undo(done.runId()));
        assertThat(undone.undone()).isTrue();
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(JOURNAL_ENTRY, JOURNAL_ENTRY.ENTITY.eq("activity").and(JOURNAL_ENTRY.OP.eq("DELETE"))))
                .as("every erased activity leaves a tombstone").isEqualTo(4 * everyone);
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT)).as("the memberships go with their activities").isZero();
        assertThat(dsl.fetchCount(JOURNAL_ENTRY, JOURNAL_ENTRY.SEQ.ne(JOURNAL_ENTRY.ORIGIN_SEQ))).as("each entry's origin_seq is its seq")
                .isZero();
        var tombstone = JOURNAL_ENTRY.as("tombstone");
        var creation = JOURNAL_ENTRY.as("creation");
        assertThat(dsl.fetchCount(dsl.select(tombstone.SEQ).from(tombstone).join(creation).on(creation.RECORD_ID.eq(tombstone.RECORD_ID))
                .where(tombstone.OP.eq("DELETE")).and(creation.OP.eq("CREATE")).and(tombstone.HLC.le(creation.HLC))))
                .as("each tombstone is later than its activity's creation").isZero();
        Long lastTombstone = dsl.select(DSL.max(JOURNAL_ENTRY.HLC)).from(JOURNAL_ENTRY).where(JOURNAL_ENTRY.OP.eq("DELETE"))
                .fetchOne(0, Long.class);
        Long runUndone = dsl.select(JOURNAL_ENTRY.HLC).from(JOURNAL_ENTRY)
                .where(JOURNAL_ENTRY.RECORD_ID.eq(done.runId())).and(JOURNAL_ENTRY.OP.eq("SET")).fetchOne(JOURNAL_ENTRY.HLC);
        assertThat(runUndone).as("the clock moved past the tombstones").isGreaterThan(lastTombstone);
    }

    @Test
    void undoingARunTakesTheGrantsOfItsLimitedActivitiesWithThem() {
        JournalReplay.journalWhatTheResetLeft(context);
        User admin = data.admin();
        User ann = data.user("ann", Role.STANDARD);
        Team buyers = as(admin, () -> teams.create("Buyers", List.of(ann.userName())));
        UUID barney = as(admin, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID homer = as(admin, () -> contacts.create(ContactFields.named("Plant", "Homer", "Simpson")).id());
        Series plan = as(admin, () -> series.create(fourSteps("Разработка компании")));
        UUID run = as(admin, () -> scheduling.schedule(plan.id(), new SeriesTarget.Contacts(List.of(barney, homer)), START, null))
                .runId();
        Activity limited = as(admin, () -> activities.ofContact(barney, false).get(0));
        as(admin, () -> activities.update(limited.id(), fieldsOf(limited, RecordAccess.limited(List.of(buyers.id()), List.of(ann.id()))),
                limited.version(), EditScope.OCCURRENCE));
        assertThat(dsl.fetchCount(RECORD_GRANT, RECORD_GRANT.RECORD_ID.eq(limited.id()))).isEqualTo(2);

        as(admin, () -> scheduling.undo(run));

        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(RECORD_GRANT)).as("no grant outlives its activity").isZero();
        assertThat(JournalReplay.difference(context)).isNull();
    }

    @Test
    void aLookupReachesOnlyTheContactsItsUserSees() {
        User zdv = data.user("zdv", Role.STANDARD);
        User other = data.user("other", Role.STANDARD);
        as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        as(other, () -> contacts.create(privateContact("Kwik-e-mart", "Secret")));
        Series plan = as(zdv, () -> series.create(fourSteps("Разработка компании")));
        ContactFilter kwikEMart = new ContactFilter.Criteria(List.of(new Criterion("company", Operator.EQUALS, "Kwik-e-mart")),
                Match.ALL);

        SeriesSchedule byZdv = as(zdv, () -> scheduling.preview(plan.id(), new SeriesTarget.Lookup(kwikEMart), START, null));
        SeriesSchedule byOther = as(other, () -> scheduling.preview(plan.id(), new SeriesTarget.Lookup(kwikEMart), START, null));

        assertThat(byZdv.contacts()).isEqualTo(1);
        assertThat(byZdv.activities()).isEqualTo(4);
        assertThat(byOther.contacts()).isEqualTo(2);
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    @Test
    void browseUsersNeitherCreateNorScheduleSeries() {
        User browse = data.user("browse", Role.BROWSE);
        as(data.admin(), () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")));
        Series plan = as(data.admin(), () -> series.create(fourSteps("Разработка компании")));

        assertThat(catchThrowable(() -> as(browse, () -> series.create(fourSteps("Mine")))))
                .isInstanceOf(org.svyaz.shell.NotPermitted.class);
        assertThat(catchThrowable(() -> as(browse, () -> scheduling.schedule(plan.id(), new SeriesTarget.AllContacts(), START, null))))
                .isInstanceOf(org.svyaz.shell.NotPermitted.class);
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    private static ActivityFields fieldsOf(Activity activity, RecordAccess access) {
        return new ActivityFields(activity.type(), activity.date(), activity.time(), null, activity.durationMinutes(),
                activity.contactIds(), activity.regarding(), activity.details(), activity.priority(), activity.color(),
                activity.alarmMinutesBefore(), null, activity.groupId(), access, null, null);
    }

    private Void createContacts(int count) {
        for (int from = 0; from < count; from += 5000) {
            List<ContactFields> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + 5000); i++) {
                batch.add(ContactFields.named("Company " + i, "First", "Last " + i));
            }
            contacts.createAll(batch);
        }
        return null;
    }

    private static ContactFields privateContact(String company, String lastName) {
        ContactFields named = ContactFields.named(company, null, lastName);
        return new ContactFields(named.company(), named.firstName(), named.lastName(), null, null, null, null, null, null, null, null,
                null, List.of(), null, null, null, null, null, null, null, null, null, null, true, named.customFields());
    }

    static SeriesFields fourSteps(String name) {
        return new SeriesFields(name, "", List.of(
                new SeriesStep("TODO", 10, Priority.LOW, "Сбор информации о компании", new StepOffset(0, OffsetUnit.DAYS), null,
                        WeekendRule.NONE),
                new SeriesStep("CALL", 15, Priority.MEDIUM, "Звонок", new StepOffset(2, OffsetUnit.DAYS), null,
                        WeekendRule.NEXT_MONDAY),
                new SeriesStep("MEETING", 60, Priority.HIGH, "Встреча в офисе компании", new StepOffset(1, OffsetUnit.WEEKS), 15,
                        WeekendRule.NEXT_MONDAY),
                new SeriesStep("MEETING", 60, Priority.HIGH, "Подписание договора", new StepOffset(1, OffsetUnit.MONTHS), null,
                        WeekendRule.NEXT_MONDAY)));
    }
}
