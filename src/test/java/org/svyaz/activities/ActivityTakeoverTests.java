package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Nobody takes a colleague's activity: a colleague who scheduled it in a shared calendar may
 * change what it says, but who owns it and whether it is private are for its owner, a manager or
 * an administrator (403 otherwise, and the activity stays as it was).
 */
class ActivityTakeoverTests extends SvyazTests {

    @Test
    void whoScheduledItForAColleagueMayChangeItButNotTakeItOrHideIt() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        api(owner).put("/api/v1/me/calendar-sharing/" + colleague.userName(), Map.of("access", "SCHEDULE"));
        ApiClient other = api(colleague);
        String id = other.post("/api/v1/activities", ActivityApiTests.with(ActivityApiTests.call("2030-01-10", "10:00"),
                "scheduledFor", owner.userName())).id();

        assertThat(other.patch("/api/v1/activities/" + id, Map.of("regarding", "Send the new price list")).status()).isEqualTo(200);
        Response hidden = other.patch("/api/v1/activities/" + id, Map.of("private", true));
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(403);
        assertThat(hidden.json().get("error").asText()).contains("owner");
        assertThat(other.patch("/api/v1/activities/" + id, Map.of("scheduledFor", colleague.userName())).status()).isEqualTo(403);

        JsonNode stillTheOwners = api(owner).get("/api/v1/activities/" + id).json();
        assertThat(stillTheOwners.get("scheduledFor").asText()).isEqualTo(owner.userName());
        assertThat(stillTheOwners.get("private").asBoolean()).isFalse();
        assertThat(stillTheOwners.get("regarding").asText()).isEqualTo("Send the new price list");
    }

    @Test
    void theOwnerAManagerAndAnAdministratorMayGiveItAwayOrMakeItPrivate() {
        User owner = data.user("owner", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        User colleague = data.user("colleague", Role.STANDARD);
        String id = api(owner).post("/api/v1/activities", ActivityApiTests.call("2030-01-10", "10:00")).id();

        assertThat(api(manager).patch("/api/v1/activities/" + id, Map.of("scheduledFor", colleague.userName())).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/activities/" + id, Map.of("scheduledFor", owner.userName())).status()).isEqualTo(200);
        assertThat(api(owner).patch("/api/v1/activities/" + id, Map.of("private", true)).status()).isEqualTo(200);
        assertThat(api(manager).get("/api/v1/activities/" + id).status()).isEqualTo(404);
    }
}
