package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Activities of groups (SPEC G7, A4): the group's Activities tab rolls up its members', clearing writes the group's history. */
class GroupActivitiesTests extends SvyazTests {

    @Test
    void aGroupsActivitiesTabShowsItsOwnAndOnRequestItsMembersButNoOneElsesPrivateOnes() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.MANAGER);
        String barney = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        String group = api(zdv).post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        api(zdv).post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(barney)));

        Map<String, Object> chainMeeting = ActivityApiTests.call("2003-09-08", "10:00", barney);
        chainMeeting.put("type", "MEETING");
        chainMeeting.put("regarding", "Meet the whole chain");
        chainMeeting.put("groupId", group);
        assertThat(api(zdv).post("/api/v1/activities", chainMeeting).status()).isEqualTo(201);
        Map<String, Object> barneysCall = ActivityApiTests.call("2003-09-09", "11:00", barney);
        barneysCall.put("regarding", "Call Barney about prices");
        api(zdv).post("/api/v1/activities", barneysCall);
        Map<String, Object> secret = ActivityApiTests.call("2003-09-10", "12:00", barney);
        secret.put("regarding", "Secret plan");
        secret.put("private", true);
        api(zdv).post("/api/v1/activities", secret);

        assertThat(regardings(api(other).get("/api/v1/groups/" + group + "/activities").json())).containsExactly("Meet the whole chain");
        assertThat(regardings(api(other).get("/api/v1/groups/" + group + "/activities?includeMembers=true").json()))
                .contains("Meet the whole chain", "Call Barney about prices").doesNotContain("Secret plan");
        assertThat(regardings(api(zdv).get("/api/v1/groups/" + group + "/activities?includeMembers=true").json()))
                .contains("Secret plan");

        PageClient pages = PageClient.loggedIn(port, other.userName(), TestData.PASSWORD);
        PageClient.Page tab = pages.htmxGet("/groups/" + group + "/activities?members=true");
        assertThat(tab.html().text()).contains("Meet the whole chain", "Call Barney about prices").doesNotContain("Secret plan");
    }

    @Test
    void clearingAGroupsActivityWritesHistoryToTheGroupAndToEachContact() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        Map<String, Object> meeting = ActivityApiTests.call("2003-09-08", "10:00", barney);
        meeting.put("regarding", "Meet the whole chain");
        meeting.put("groupId", group);
        String activity = admin().post("/api/v1/activities", meeting).id();

        ApiClient.Response cleared = admin().post("/api/v1/activities/" + activity + "/clear", Map.of("result", "COMPLETED"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(regardings(admin().get("/api/v1/groups/" + group + "/history").json())).containsExactly("Meet the whole chain");
        assertThat(regardings(admin().get("/api/v1/contacts/" + barney + "/history").json())).containsExactly("Meet the whole chain");
    }

    @Test
    void refusesAnActivityForAnUnknownGroup() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        Map<String, Object> call = ActivityApiTests.call("2003-09-08", "10:00", barney);
        call.put("groupId", "01890000-0000-7000-8000-00000000dead");
        ApiClient.Response refused = admin().post("/api/v1/activities", call);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").has("groupId")).isTrue();
        assertThat(admin().get("/api/v1/activities?includeCleared=true").json().get("total").asInt()).isZero();
        assertThat(admin().get("/api/v1/groups/01890000-0000-7000-8000-00000000dead/activities").status()).isEqualTo(404);
    }

    private static List<String> regardings(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("items").forEach(item -> texts.add(item.get("regarding").asText()));
        return texts;
    }
}
