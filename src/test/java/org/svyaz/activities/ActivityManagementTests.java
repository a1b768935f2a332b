package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.RECORD_GRANT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.svyaz.SvyazTests;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.Team;
import org.svyaz.access.TeamManagement;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.journal.internal.JournalReplay;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * What the activities module offers the groups module: a group's roll-up, and an event when an
 * activity is cleared; and what erasing activities, or deleting their contacts, leaves behind.
 */
@RecordApplicationEvents
class ActivityManagementTests extends SvyazTests {

    @Autowired
    ActivityManagement activities;

    @Autowired
    ContactManagement contacts;

    @Autowired
    GroupManagement groups;

    @Autowired
    GroupMembers members;

    @Autowired
    ApplicationEvents events;

    @Autowired
    TeamManagement teams;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationContext context;

    @Test
    void aGroupsActivitiesAreItsOwnAndItsMembersButNotOthersPrivateOnes() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.STANDARD);
        UUID group = as(zdv, () -> groups.create(named("Kwik-e-mart")).id());
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        as(zdv, () -> members.add(group, List.of(barney)));
        UUID moe = as(zdv, () -> contacts.create(ContactFields.named("Moe's Tavern", "Moe", "Szyslak")).id());
        UUID withGroup = as(zdv, () -> activities.schedule(activity(List.of(moe), group, false)).activity().id());
        UUID withMember = as(zdv, () -> activities.schedule(activity(List.of(barney), null, false)).activity().id());
        as(zdv, () -> activities.schedule(activity(List.of(moe), null, false)));
        as(other, () -> activities.schedule(activity(List.of(barney), null, true)));

        List<UUID> seen = as(zdv, () -> activities.ofGroup(group, true, false)).stream().map(Activity::id).toList();
        assertThat(seen).containsExactlyInAnyOrder(withGroup, withMember);
    }

    @Test
    void clearingPublishesActivityClearedWithTheGroup() {
        User zdv = data.user("zdv", Role.MANAGER);
        UUID group = as(zdv, () -> groups.create(named("Kwik-e-mart")).id());
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID call = as(zdv, () -> activities.schedule(activity(List.of(barney), group, false)).activity().id());
        as(zdv, () -> activities.clear(call, ClearResult.COMPLETED, "Done"));

        List<ActivityCleared> cleared = events.stream(ActivityCleared.class).toList();
        assertThat(cleared).hasSize(1);
        assertThat(cleared.get(0).groupId()).isEqualTo(group);
        assertThat(cleared.get(0).contactIds()).containsExactly(barney);
        assertThat(cleared.get(0).result()).isEqualTo(ClearResult.COMPLETED);
        assertThat(cleared.get(0).details()).isEqualTo("Done");
    }

    @Test
    void anErasedLimitedActivityOrSeriesLeavesNoGrantBehind() {
        JournalReplay.journalWhatTheResetLeft(context);
        User zdv = data.user("zdv", Role.MANAGER);
        User ann = data.user("ann", Role.STANDARD);
        Team buyers = as(data.admin(), () -> teams.create("Buyers", List.of(ann.userName())));
        RecordAccess limited = RecordAccess.limited(List.of(buyers.id()), List.of(ann.id()));
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID call = as(zdv, () -> activities.schedule(activity(List.of(barney), null, false).with(limited)).activity().id());
        Activity weekly = as(zdv, () -> activities.schedule(weekly(List.of(barney)).with(limited)).activity());
        assertThat(grantsOf(call)).isEqualTo(2);
        assertThat(dsl.fetchCount(RECORD_GRANT)).isEqualTo(2 * 4);

        as(zdv, () -> {
            activities.erase(call, EditScope.OCCURRENCE);
            activities.erase(weekly.id(), EditScope.SERIES);
            return null;
        });

        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(RECORD_GRANT)).as("no grant outlives its activity").isZero();
        assertThat(JournalReplay.difference(context)).isNull();
    }

    @Test
    void aDeletedContactLeavesItsLimitedActivitiesWithTheirGrants() {
        JournalReplay.journalWhatTheResetLeft(context);
        User zdv = data.user("zdv", Role.MANAGER);
        User ann = data.user("ann", Role.STANDARD);
        RecordAccess limited = RecordAccess.limited(List.of(), List.of(ann.id()));
        UUID barney = as(zdv, () -> contacts.create(ContactFields.named("Kwik-e-mart", "Barney", "Giverts")).id());
        UUID homer = as(zdv, () -> contacts.create(ContactFields.named("Plant", "Homer", "Simpson")).id());
        UUID alone = as(zdv, () -> activities.schedule(activity(List.of(barney), null, false).with(limited)).activity().id());
        UUID shared = as(zdv, () -> activities.schedule(activity(List.of(barney, homer), null, false).with(limited)).activity().id());

        as(zdv, () -> {
            contacts.delete(barney, null);
            return null;
        });

        assertThat(as(ann, () -> activities.get(alone)).contactIds()).isEmpty();
        assertThat(as(ann, () -> activities.get(shared)).contactIds()).containsExactly(homer);
        assertThat(grantsOf(alone)).isEqualTo(1);
        assertThat(grantsOf(shared)).isEqualTo(1);
        assertThat(JournalReplay.difference(context)).isNull();
    }

    private int grantsOf(UUID recordId) {
        return dsl.fetchCount(RECORD_GRANT, RECORD_GRANT.RECORD_ID.eq(recordId));
    }

    private static ActivityFields weekly(List<UUID> contactIds) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), LocalTime.of(10, 0), null, 30, contactIds, "Weekly call", "",
                Priority.MEDIUM, null, null, null, null, false, new Recurrence(Frequency.WEEKLY, 1, Set.of(), null, null, null, 3));
    }

    private static GroupFields named(String name) {
        return new GroupFields(name, "", "", "", "", "", null, Map.of());
    }

    private static ActivityFields activity(List<UUID> contactIds, UUID groupId, boolean isPrivate) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), LocalTime.of(10, 0), null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, groupId, isPrivate, null);
    }
}
