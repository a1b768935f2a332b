package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.svyaz.SvyazTests;
import org.svyaz.contacts.ContactFields;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** What the activities module offers the groups module: a group's roll-up, and an event when an activity is cleared. */
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

    private static GroupFields named(String name) {
        return new GroupFields(name, "", "", "", "", "", null, Map.of());
    }

    private static ActivityFields activity(List<UUID> contactIds, UUID groupId, boolean isPrivate) {
        return new ActivityFields("CALL", LocalDate.of(2003, 9, 5), LocalTime.of(10, 0), null, 30, contactIds, "Call about prices", "",
                Priority.MEDIUM, null, null, null, groupId, isPrivate, null);
    }
}
