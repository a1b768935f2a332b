package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.call;
import static org.svyaz.activities.ActivityApiTests.contact;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.TestData;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Alarms ring at their lead time, by the application's clock, which the tests move instead of waiting. */
class ActivityAlarmTests extends SvyazTests {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Autowired
    TestClock clock;

    @Autowired
    DisplayTime time;

    @Test
    void ringsAtTheLeadTimeSnoozesAndIsDismissed() {
        User zdv = data.user("zdv", Role.STANDARD);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        at("09:00");
        Map<String, Object> body = call(DAY.toString(), "10:00", barney);
        body.put("alarmMinutesBefore", 15);
        String activity = api.post("/api/v1/activities", body).id();

        at("09:44");
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        at("09:45");
        JsonNode due = api.get("/api/v1/activities/reminders").json().get("items");
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("id").asText()).isEqualTo(activity);

        assertThat(api.post("/api/v1/activities/" + activity + "/alarm", Map.of("minutes", 10)).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(9));
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).hasSize(1);

        assertThat(api.post("/api/v1/activities/" + activity + "/alarm", Map.of("dismiss", true)).status()).isEqualTo(200);
        at("23:00");
        assertThat(api.get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/activities/" + activity).json().get("cleared").asBoolean()).isFalse();
    }

    @Test
    void aMissedAlarmWaitsForTheNextLogInAndClearingEndsIt() {
        User zdv = data.user("zdv", Role.STANDARD);
        at("08:00");
        Map<String, Object> body = call(DAY.toString(), "10:00");
        body.put("alarmMinutesBefore", 30);
        String activity = api(zdv).post("/api/v1/activities", body).id();

        clock.set(DAY.plusDays(2).atTime(8, 0).atZone(time.zone()).toInstant());
        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        PageClient.Page reminders = page.htmxGet("/reminders");
        assertThat(reminders.html().select(".reminder")).hasSize(1);
        assertThat(reminders.text("#reminder-count")).isEqualTo("1");
        assertThat(reminders.html().text()).contains("Send the price list");

        api(zdv).post("/api/v1/activities/" + activity + "/clear", Map.of("result", "NOT_COMPLETED"));
        assertThat(page.htmxGet("/reminders").html().select(".reminder")).isEmpty();
    }

    @Test
    void reschedulingArmsTheAlarmAgainAndOthersNeverSeeYourReminders() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.STANDARD);
        at("09:00");
        Map<String, Object> body = call(DAY.toString(), "10:00");
        body.put("alarmMinutesBefore", 5);
        body.put("scheduledFor", other.userName());
        String activity = api(zdv).post("/api/v1/activities", body).id();
        at("09:56");
        assertThat(api(zdv).get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        assertThat(api(other).get("/api/v1/activities/reminders").json().get("items")).hasSize(1);
        api(other).post("/api/v1/activities/" + activity + "/alarm", Map.of("dismiss", true));
        api(other).patch("/api/v1/activities/" + activity, Map.of("time", "11:00"));
        assertThat(api(other).get("/api/v1/activities/reminders").json().get("items")).isEmpty();
        at("10:55");
        assertThat(api(other).get("/api/v1/activities/reminders").json().get("items")).hasSize(1);
    }

    private void at(String wallClock) {
        clock.set(DAY.atTime(LocalTime.parse(wallClock)).atZone(time.zone()).toInstant());
    }
}
