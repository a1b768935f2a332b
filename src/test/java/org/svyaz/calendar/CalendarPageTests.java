package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** The calendar's day, week and month pages and the mini-calendar, as the browser gets them. */
class CalendarPageTests extends SvyazTests {

    @Test
    void showsTimedActivitiesInTheirSlotsTimelessOnesInTheBandAndLongOnesAcrossDays() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts")).id();
        String call = admin().post("/api/v1/activities", call("2003-09-08", "10:00", barney)).id();
        Map<String, Object> overlapping = call("2003-09-08", "10:15", barney);
        overlapping.put("regarding", "Second call");
        String second = admin().post("/api/v1/activities", overlapping).id();
        Map<String, Object> todo = call("2003-09-09", null, barney);
        todo.put("type", "TODO");
        todo.put("regarding", "Collect information");
        String timeless = admin().post("/api/v1/activities", todo).id();
        Map<String, Object> fair = call("2003-09-11", null);
        fair.put("type", "MEETING");
        fair.put("regarding", "Trade fair");
        fair.put("durationMinutes", 3 * 24 * 60);
        String trip = admin().post("/api/v1/activities", fair).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        PageClient.Page week = pages.get("/calendar?view=week&date=2003-09-10");
        assertThat(week.status()).isEqualTo(200);
        Element first = week.html().selectFirst("#day-2003-09-08 [data-activity=" + call + "]");
        Element next = week.html().selectFirst("#day-2003-09-08 [data-activity=" + second + "]");
        assertThat(first.attr("style")).contains("width:50.0%");
        assertThat(next.attr("style")).contains("left:50.0%");
        assertThat(first.attr("title")).contains("Send the price list", "Barney Giverts");
        assertThat(week.html().select(".timeless-band[data-date=2003-09-09] [data-activity=" + timeless + "]")).hasSize(1);
        assertThat(week.html().select(".timeless-band [data-activity=" + trip + "]")).hasSize(3);

        PageClient.Page month = pages.get("/calendar?view=month&date=2003-09-10");
        assertThat(month.html().select("#month-day-2003-09-08 [data-activity]")).hasSize(2);
        assertThat(month.html().select(".month-bar").attr("style")).contains("grid-column:4 / span 3");
        assertThat(month.html().select("#mini-calendar .mini-day.busy").eachAttr("data-date"))
                .contains("2003-09-08", "2003-09-09", "2003-09-11", "2003-09-12", "2003-09-13").doesNotContain("2003-09-10");

        PageClient.Page day = pages.get("/calendar?view=day&date=2003-09-08");
        assertThat(day.html().select(".calendar-day")).hasSize(1);
        assertThat(day.text("#calendar-next")).isNotNull();
        assertThat(day.html().selectFirst("#calendar-next").attr("href")).contains("date=2003-09-09");
    }

    @Test
    void anotherUsersPrivateActivityShowsAsBusyAndTheirCalendarNeedsPermission() {
        User zdv = data.user("zdv", Role.STANDARD);
        Map<String, Object> secret = call("2003-09-08", "12:00");
        secret.put("regarding", "Secret lunch");
        secret.put("private", true);
        api(zdv).post("/api/v1/activities", secret);

        PageClient manager = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page page = manager.get("/calendar?view=day&date=2003-09-08&user=" + zdv.userName());
        assertThat(page.html().select(".calendar-activity").text()).contains("Busy").doesNotContain("Secret lunch");

        User other = data.user("other", Role.STANDARD);
        PageClient standard = PageClient.loggedIn(port, other.userName(), TestData.PASSWORD);
        assertThat(standard.get("/calendar?view=day&date=2003-09-08&user=" + zdv.userName()).status()).isEqualTo(403);
        assertThat(standard.get("/calendar?view=day&date=2003-09-08").html().select(".calendar-activity")).isEmpty();
    }

    @Test
    void movingAnActivityOntoAnotherWarnsOfTheOverlapAndAStaleVersionChangesNothing() {
        String first = admin().post("/api/v1/activities", call("2003-09-08", "10:00")).id();
        String second = admin().post("/api/v1/activities", call("2003-09-09", "15:00")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        PageClient.Page moved = pages.submit("/calendar/move", Map.of("activity", second, "date", "2003-09-08", "time", "10:15",
                "version", "1", "returnTo", "/calendar?view=day&date=2003-09-08"));
        assertThat(moved.text("#calendar-moved")).contains("overlaps 1");
        assertThat(moved.html().select("#day-2003-09-08 [data-activity]")).hasSize(2);

        PageClient.Page stale = pages.submit("/calendar/move", Map.of("activity", first, "date", "2003-09-10", "time", "09:00",
                "version", "7"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/activities/" + first).json().get("date").asText()).isEqualTo("2003-09-08");

        User other = data.user("other", Role.STANDARD);
        PageClient standard = PageClient.loggedIn(port, other.userName(), TestData.PASSWORD);
        assertThat(standard.submit("/calendar/move", Map.of("activity", first, "date", "2003-09-10", "time", "09:00",
                "version", "1")).status()).isIn(403, 404);
        assertThat(admin().get("/api/v1/activities/" + first).json().get("date").asText()).isEqualTo("2003-09-08");
    }

    private static Map<String, Object> call(String date, String time, String... contactIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("date", date);
        body.put("time", time);
        body.put("durationMinutes", 30);
        body.put("contactIds", List.of(contactIds));
        body.put("regarding", "Send the price list");
        return body;
    }
}
