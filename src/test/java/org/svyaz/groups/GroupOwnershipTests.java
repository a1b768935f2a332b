package org.svyaz.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * A group is its record manager's: a colleague with a Standard role neither changes nor deletes
 * it, nor a group whose subgroups are someone else's; the group window offers them no button that
 * would.
 */
class GroupOwnershipTests extends SvyazTests {

    @Test
    void deletingAGroupNeedsTheRightToDeleteEachOfItsSubgroups() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String group = api(owner).post("/api/v1/groups", Map.of("name", "Clients")).id();
        String subgroup = api(colleague).post("/api/v1/groups", Map.of("name", "Moscow", "parentId", group)).id();

        assertThat(api(owner).delete("/api/v1/groups/" + group).status()).isEqualTo(403);
        assertThat(api(owner).get("/api/v1/groups/" + group).status()).isEqualTo(200);
        assertThat(api(owner).get("/api/v1/groups/" + subgroup).status()).isEqualTo(200);

        assertThat(admin().delete("/api/v1/groups/" + group).status()).isEqualTo(200);
        assertThat(api(owner).get("/api/v1/groups/" + subgroup).status()).isEqualTo(404);
    }

    @Test
    void theGroupWindowOffersAColleagueNoButtonThatWouldChangeTheGroup() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String group = api(owner).post("/api/v1/groups", Map.of("name", "Clients")).id();

        PageClient.Page theirs = PageClient.loggedIn(port, colleague.userName(), TestData.PASSWORD).get("/groups/" + group);
        assertThat(theirs.html().select("#group-delete, #group-save")).isEmpty();
        assertThat(theirs.html().select("#group-new")).hasSize(1);
        PageClient.Page own = PageClient.loggedIn(port, owner.userName(), TestData.PASSWORD).get("/groups/" + group);
        assertThat(own.html().select("#group-delete")).hasSize(1);
        assertThat(own.html().select("#group-save")).hasSize(1);
    }
}
