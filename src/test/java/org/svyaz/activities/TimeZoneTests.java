package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.call;
import static org.svyaz.activities.ActivityApiTests.contact;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Each user lives in a time zone of their own, and an activity keeps the zone it was scheduled
 * in: a Moscow manager's 10:00 call for a colleague in Yekaterinburg is at 12:00 on his pages, at
 * the same instant, and no later change of anyone's zone moves it.
 */
class TimeZoneTests extends SvyazTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Autowired
    TestClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aManagerInMoscowSchedulesACallForAColleagueInYekaterinburg() {
        User manager = data.user("manager", Role.MANAGER, MOSCOW);
        User colleague = data.user("colleague", Role.STANDARD, YEKATERINBURG);
        Response created = scheduleFor(manager, colleague, DAY, "10:00", "CALL");
        JsonNode activity = created.json();
        assertThat(activity.get("timeZone").asText()).isEqualTo("Europe/Moscow");
        assertThat(activity.get("startsAt").asText()).isEqualTo("2026-12-07T07:00:00Z");
        assertThat(activity.get("endsAt").asText()).isEqualTo("2026-12-07T07:30:00Z");

        // the API answers in the activity's own zone, whoever asks
        JsonNode seenByColleague = api(colleague).get("/api/v1/activities/" + created.id()).json();
        assertThat(seenByColleague.get("time").asText()).isEqualTo("10:00");
        assertThat(seenByColleague.get("timeZone").asText()).isEqualTo("Europe/Moscow");

        // pages show each viewer their own clock
        assertThat(taskListTimes(colleague, "/tasks?apply=1&range=CUSTOM&from=2026-12-07&to=2026-12-07")).containsExactly("12:00");
        assertThat(taskListTimes(manager, "/tasks?apply=1&range=CUSTOM&from=2026-12-07&to=2026-12-07&who=selected&user=" + colleague.userName()))
                .containsExactly("10:00");
    }

    @Test
    void aChangedZoneMovesNoActivityAndAlarmsRingAtTheirInstant() {
        User zdv = data.user("zdv", Role.STANDARD, MOSCOW);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        Map<String, Object> body = call(DAY.toString(), "10:00", barney);
        body.put("alarmMinutesBefore", 15);
        String id = api.post("/api/v1/activities", body).id();
        JsonNode before = api.get("/api/v1/activities/" + id).json();
        assertThat(before.get("alarmAt").asText()).isEqualTo("2026-12-07T06:45:00Z");

        Response moved = api.patch("/api/v1/me", Map.of("timeZone", "Asia/Vladivostok"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("timeZone").asText()).isEqualTo("Asia/Vladivostok");
        assertThat(api.get("/api/v1/me").json().get("timeZone").asText()).isEqualTo("Asia/Vladivostok");

        JsonNode after = api.get("/api/v1/activities/" + id).json();
        assertThat(after.get("startsAt").asText()).isEqualTo(before.get("startsAt").asText());
        assertThat(after.get("alarmAt").asText()).isEqualTo(before.get("alarmAt").asText());
        assertThat(after.get("time").asText()).isEqualTo("10:00");
        assertThat(taskListTimes(zdv, "/tasks?apply=1&range=CUSTOM&from=2026-12-07&to=2026-12-07")).containsExactly("17:00");

        clock.set(Instant.parse("2026-12-07T06:44:00Z"));
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        clock.set(Instant.parse("2026-12-07T06:45:00Z"));
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).hasSize(1);
    }

    @Test
    void aTimelessAlarmCountsFromTheStartOfTheOwnersWorkDay() {
        User zdv = data.user("zdv", Role.STANDARD, YEKATERINBURG);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        Map<String, Object> body = call(DAY.toString(), null, barney);
        body.put("alarmMinutesBefore", 30);
        JsonNode todo = api.post("/api/v1/activities", body).json();
        // 08:00 in Yekaterinburg (UTC+5), half an hour before: 02:30 UTC, not half an hour before midnight
        assertThat(todo.get("alarmAt").asText()).isEqualTo("2026-12-07T02:30:00Z");
    }

    @Test
    void daysAreTheViewersDays() {
        User manager = data.user("manager", Role.MANAGER, MOSCOW);
        User far = data.user("far", Role.STANDARD, VLADIVOSTOK);
        ApiClient managerApi = api(manager);
        // 23:30 in Moscow on the 7th is 06:30 on the 8th in Vladivostok
        String lateCall = scheduleFor(manager, far, DAY, "23:30", "CALL").id();
        // a timeless to-do belongs to its date wherever it is read
        String timeless = scheduleFor(manager, far, DAY.plusDays(1), null, "TODO").id();

        ApiClient farApi = api(far);
        assertThat(ids(farApi.get("/api/v1/activities?from=2026-12-07&to=2026-12-07").json())).isEmpty();
        assertThat(ids(farApi.get("/api/v1/activities?from=2026-12-08&to=2026-12-08").json())).containsExactly(timeless, lateCall);
        assertThat(ids(managerApi.get("/api/v1/activities?from=2026-12-07&to=2026-12-07&user=" + far.userName()).json()))
                .containsExactly(lateCall);

        // "today" is the viewer's: at 20:30 UTC it is still the 7th in Moscow, already the 8th in Vladivostok
        clock.set(Instant.parse("2026-12-07T20:30:00Z"));
        assertThat(ids(farApi.get("/api/v1/activities?range=TODAY").json())).containsExactly(timeless, lateCall);
        assertThat(ids(managerApi.get("/api/v1/activities?range=TODAY&user=" + far.userName()).json())).containsExactly(lateCall);
    }

    @Test
    void aChangedActivityKeepsItsZone() {
        User manager = data.user("manager", Role.MANAGER, MOSCOW);
        User colleague = data.user("colleague", Role.STANDARD, YEKATERINBURG);
        ApiClient managerApi = api(manager);
        String id = scheduleFor(manager, colleague, DAY, "10:00", "CALL").id();

        // the colleague moves it to 15:00 on his own clock, in his edit form
        PageClient page = PageClient.loggedIn(port, colleague.userName(), TestData.PASSWORD);
        PageClient.Page form = page.get("/activities/" + id + "/edit");
        assertThat(form.html().selectFirst("input[name=time]").val()).isEqualTo("12:00");
        Map<String, String> fields = PageClient.formValues(form.html().selectFirst("form[action$=/edit]"));
        fields.put("time", "15:00");
        page.submit("/activities/" + id + "/edit", fields);

        JsonNode changed = api(colleague).get("/api/v1/activities/" + id).json();
        assertThat(changed.get("timeZone").asText()).isEqualTo("Europe/Moscow");
        assertThat(changed.get("time").asText()).isEqualTo("13:00");
        assertThat(changed.get("startsAt").asText()).isEqualTo("2026-12-07T10:00:00Z");

        // over the API, times sent with another zone are that zone's
        Response patched = managerApi.patch("/api/v1/activities/" + id, Map.of("time", "16:00", "timeZone", "Asia/Yekaterinburg"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("time").asText()).isEqualTo("14:00");
        assertThat(patched.json().get("timeZone").asText()).isEqualTo("Europe/Moscow");
    }

    @Test
    void anUnknownZoneIsRefusedAndChangesNothing() {
        User zdv = data.user("zdv", Role.STANDARD, MOSCOW);
        ApiClient api = api(zdv);
        for (String bad : new String[] {"Mars/Olympus", "+03:00", "MSK", ""}) {
            Response refused = api.patch("/api/v1/me", Map.of("timeZone", bad, "fullName", "Changed"));
            if (bad.isEmpty()) {
                continue;
            }
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("fields").has("timeZone")).isTrue();
        }
        JsonNode me = api.get("/api/v1/me").json();
        assertThat(me.get("timeZone").asText()).isEqualTo("Europe/Moscow");

        String barney = contact(api, "Kwik-e-mart", "Giverts");
        Map<String, Object> body = call(DAY.toString(), "10:00", barney);
        body.put("timeZone", "Europe/Atlantis");
        Response refused = api.post("/api/v1/activities", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").has("timeZone")).isTrue();
        assertThat(api.get("/api/v1/activities?range=ALL").json().get("total").asInt()).isZero();
    }

    @Test
    void administratorsGiveUsersTheirZone() {
        ApiClient admin = admin();
        Response created = admin.post("/api/v1/admin/users", Map.of("userName", "ural", "password", "secret-1", "fullName", "Ural",
                "role", "STANDARD", "language", "ru", "timeZone", "Asia/Yekaterinburg"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("timeZone").asText()).isEqualTo("Asia/Yekaterinburg");
        Response changed = admin.patch("/api/v1/admin/users/" + created.id(), Map.of("timeZone", "Asia/Omsk"));
        assertThat(changed.json().get("timeZone").asText()).isEqualTo("Asia/Omsk");
        assertThat(admin.patch("/api/v1/admin/users/" + created.id(), Map.of("timeZone", "Omsk")).status()).isEqualTo(400);

        PageClient page = PageClient.loggedIn(port, "admin", org.svyaz.TestDatabase.ADMIN_PASSWORD);
        Element picker = page.get("/admin/users/" + created.id()).html().selectFirst("select[name=timeZone] option[selected]");
        assertThat(picker.val()).isEqualTo("Asia/Omsk");
    }

    @Test
    void savingMyAccountKeepsAUserWhoChoseNoZoneOnTheServersZone() {
        User zdv = data.user("zdv", Role.STANDARD, (ZoneId) null);
        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        Element form = page.get("/account").html().selectFirst("form[action$=/account/profile]");
        assertThat(form.selectFirst("select[name=timeZone] option[selected]").val()).isEmpty();
        Map<String, String> unchanged = PageClient.formValues(form);
        unchanged.put("fullName", "Zdv again");
        page.submit("/account/profile", unchanged);

        Element after = page.get("/account").html().selectFirst("select[name=timeZone] option[selected]");
        assertThat(after.val()).isEmpty();
        assertThat(after.text()).contains(ZoneId.systemDefault().getId());
        assertThat(api(zdv).get("/api/v1/me").json().get("fullName").asText()).isEqualTo("Zdv again");
    }

    @Test
    void aUserPicksTheirZoneOnMyAccount() {
        User zdv = data.user("zdv", Role.STANDARD, MOSCOW);
        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        Element selected = page.get("/account").html().selectFirst("select[name=timeZone] option[selected]");
        assertThat(selected.val()).isEqualTo("Europe/Moscow");

        page.submit("/account/profile", Map.of("fullName", "Zdv", "language", "en", "timeZone", "Asia/Vladivostok"));
        assertThat(api(zdv).get("/api/v1/me").json().get("timeZone").asText()).isEqualTo("Asia/Vladivostok");

        PageClient.Page refused = page.submit("/account/profile", Map.of("fullName", "Zdv", "language", "en", "timeZone", "Mars/Olympus"));
        assertThat(refused.html().select(".invalid-feedback").text()).contains("Mars/Olympus");
        assertThat(api(zdv).get("/api/v1/me").json().get("timeZone").asText()).isEqualTo("Asia/Vladivostok");
    }

    /** The planner schedules an activity with a new contact for the owner (time null: timeless). */
    private Response scheduleFor(User planner, User owner, LocalDate day, String time, String type) {
        ApiClient api = api(planner);
        Map<String, Object> body = call(day.toString(), time, contact(api, "Kwik-e-mart", "Giverts"));
        body.put("type", type);
        body.put("scheduledFor", owner.userName());
        Response created = api.post("/api/v1/activities", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    private java.util.List<String> taskListTimes(User user, String path) {
        PageClient page = PageClient.loggedIn(port, user.userName(), TestData.PASSWORD);
        return page.get(path).html().select("td.activity-time").eachText();
    }

    private static java.util.List<String> ids(JsonNode list) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
