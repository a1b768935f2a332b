package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.calendar.CalendarFeedTests.event;
import static org.svyaz.calendar.CalendarFeedTests.parse;
import static org.svyaz.calendar.CalendarFeedTests.value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Sharing calendars (SPEC K8, issue 6 point 6): View lets a colleague see the calendar, View
 * and schedule also lets them schedule in it; several calendars side by side in colours; the
 * view exported as .ics.
 */
class CalendarSharingTests extends SvyazTests {

    @Test
    void viewLetsAColleagueSeeTheCalendarAndScheduleAlsoLetsThemScheduleInIt() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        ApiClient annaApi = api(anna);
        api(zdv).post("/api/v1/activities", activity("2003-09-08", "10:00", "Call Barney", false));
        assertThat(annaApi.get("/api/v1/activities?from=2003-09-01&to=2003-09-30&user=" + zdv.userName()).status()).isEqualTo(403);
        assertThat(annaApi.post("/api/v1/activities", forUser(zdv)).status()).isEqualTo(403);

        Response shared = api(zdv).put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "VIEW"));
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.json().get("access").asText()).isEqualTo("VIEW");
        Response seen = annaApi.get("/api/v1/activities?from=2003-09-01&to=2003-09-30&user=" + zdv.userName());
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("items").get(0).get("regarding").asText()).isEqualTo("Call Barney");
        Response refused = annaApi.post("/api/v1/activities", forUser(zdv));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).contains("View and schedule");

        api(zdv).put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "SCHEDULE"));
        Response scheduled = annaApi.post("/api/v1/activities", forUser(zdv));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        assertThat(scheduled.json().get("scheduledFor").asText()).isEqualTo(zdv.userName());
        assertThat(scheduled.json().get("scheduledBy").asText()).isEqualTo(anna.userName());
        assertThat(annaApi.get("/api/v1/me/calendar-sharing").json().get("sharedWithMe").get(0).get("user").asText())
                .isEqualTo(zdv.userName());

        assertThat(api(zdv).delete("/api/v1/me/calendar-sharing/" + anna.userName()).status()).isEqualTo(204);
        assertThat(annaApi.get("/api/v1/activities?from=2003-09-01&to=2003-09-30&user=" + zdv.userName()).status()).isEqualTo(403);
        assertThat(annaApi.post("/api/v1/activities", forUser(zdv)).status()).isEqualTo(403);
        assertThat(api(zdv).get("/api/v1/me/calendar-sharing").json().get("sharedWith")).isEmpty();
    }

    @Test
    void badSharingRequestsAreRefusedAndChangeNothing() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        ApiClient zdvApi = api(zdv);

        assertThat(zdvApi.put("/api/v1/me/calendar-sharing/" + zdv.userName(), Map.of("access", "VIEW")).status()).isEqualTo(400);
        assertThat(zdvApi.put("/api/v1/me/calendar-sharing/nobody", Map.of("access", "VIEW")).status()).isEqualTo(400);
        Response wrongAccess = zdvApi.put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "EVERYTHING"));
        assertThat(wrongAccess.status()).isEqualTo(400);
        assertThat(wrongAccess.json().toString()).contains("access");
        assertThat(zdvApi.put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of()).status()).isEqualTo(400);
        assertThat(zdvApi.delete("/api/v1/me/calendar-sharing/" + anna.userName()).status()).isEqualTo(404);
        assertThat(zdvApi.get("/api/v1/me/calendar-sharing").json().get("sharedWith")).isEmpty();
        assertThat(api(anna).get("/api/v1/me/calendar-sharing").json().get("sharedWithMe")).isEmpty();
    }

    @Test
    void severalCalendarsStandSideBySideInColoursWithPrivateActivitiesBusy() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        String zdvCall = api(zdv).post("/api/v1/activities", activity("2003-09-08", "10:00", "Call Barney", false)).id();
        String secret = api(zdv).post("/api/v1/activities", activity("2003-09-09", "12:00", "Secret lunch", true)).id();
        String annaCall = api(anna).post("/api/v1/activities", activity("2003-09-08", "10:00", "Call Homer", false)).id();
        api(zdv).put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "VIEW"));
        PageClient pages = PageClient.loggedIn(port, anna.userName(), TestData.PASSWORD);

        PageClient.Page week = pages.get("/calendar?view=week&date=2003-09-10&user=" + anna.userName() + "&user=" + zdv.userName());
        assertThat(week.status()).isEqualTo(200);
        assertThat(week.html().select(".calendar-day")).hasSize(14);
        Element zdvMonday = week.html().getElementById("day-2003-09-08-" + zdv.userName());
        Element annaMonday = week.html().getElementById("day-2003-09-08-" + anna.userName());
        assertThat(zdvMonday.select("[data-activity]").eachAttr("data-activity")).containsExactly(zdvCall);
        assertThat(annaMonday.select("[data-activity]").eachAttr("data-activity")).containsExactly(annaCall);
        assertThat(zdvMonday.attr("data-schedulable")).isEqualTo("false");
        assertThat(annaMonday.attr("data-schedulable")).isEqualTo("true");
        assertThat(zdvMonday.selectFirst("[data-activity]").attr("data-movable")).isEqualTo("false");
        assertThat(annaMonday.selectFirst("[data-activity]").attr("data-movable")).isEqualTo("true");
        List<String> colours = week.html().select("#calendar-legend .user-chip").eachAttr("style");
        assertThat(colours).hasSize(2).doesNotHaveDuplicates();
        assertThat(zdvMonday.attr("style")).contains(colours.get(1));
        Element busy = week.html().getElementById("day-2003-09-09-" + zdv.userName()).selectFirst("[data-activity=" + secret + "]");
        assertThat(busy.text()).contains("Busy").doesNotContain("Secret");

        PageClient.Page month = pages.get("/calendar?view=month&date=2003-09-10&user=" + anna.userName() + "&user=" + zdv.userName());
        assertThat(month.html().select("#month-day-2003-09-08 .user-coloured")).hasSize(2);

        User stranger = data.user("stranger", Role.STANDARD);
        PageClient strangers = PageClient.loggedIn(port, stranger.userName(), TestData.PASSWORD);
        assertThat(strangers.get("/calendar?view=week&date=2003-09-10&user=" + zdv.userName()).status()).isEqualTo(403);
        assertThat(strangers.get("/calendar?view=week&date=2003-09-10").html().select("#calendar-users")).isEmpty();
    }

    @Test
    void withViewAndScheduleTheColleaguesColumnOpensScheduleActivityForThemAndTheSectionOnTheAccountPageShares() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        PageClient zdvPages = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);

        PageClient.Page section = zdvPages.htmxPost("/account/calendar-sharing", Map.of("user", anna.userName(), "access", "SCHEDULE"));
        assertThat(section.html().select("#calendar-grants tr[data-user=" + anna.userName() + "] option[selected]").text())
                .isEqualTo("View and schedule");
        PageClient.Page refused = zdvPages.htmxPost("/account/calendar-sharing", Map.of("user", zdv.userName(), "access", "VIEW"));
        assertThat(refused.text("#calendar-sharing-error")).contains("choose another user");

        PageClient annaPages = PageClient.loggedIn(port, anna.userName(), TestData.PASSWORD);
        PageClient.Page week = annaPages.get("/calendar?view=week&date=2003-09-10&user=" + anna.userName() + "&user=" + zdv.userName());
        assertThat(week.html().getElementById("day-2003-09-08-" + zdv.userName()).attr("data-schedulable")).isEqualTo("true");
        PageClient.Page dialog = annaPages.get("/activities/new?date=2003-09-08&time=10:00&scheduledFor=" + zdv.userName());
        assertThat(dialog.html().select("select[name=scheduledFor] option[selected]").val()).isEqualTo(zdv.userName());

        PageClient.Page removed = zdvPages.htmxPost("/account/calendar-sharing/remove", Map.of("user", anna.userName()));
        assertThat(removed.html().select("#calendar-grants tr[data-user]")).isEmpty();
        assertThat(api(anna).post("/api/v1/activities", forUser(zdv)).status()).isEqualTo(403);
    }

    @Test
    void theViewExportsAsIcsWithTheActivitiesOfItsDatesAndOthersPrivateOnesBusy() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        String inWeek = api(zdv).post("/api/v1/activities", activity("2003-09-08", "10:00", "Call Barney", false)).id();
        String secret = api(zdv).post("/api/v1/activities", activity("2003-09-09", "12:00", "Secret lunch", true)).id();
        api(zdv).post("/api/v1/activities", activity("2003-09-20", "10:00", "Next week", false));
        api(zdv).put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "VIEW"));
        PageClient pages = PageClient.loggedIn(port, anna.userName(), TestData.PASSWORD);

        PageClient.Page export = pages.get("/calendar/export.ics?view=week&date=2003-09-10&user=" + zdv.userName());
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/calendar");
        assertThat(export.header("Content-Disposition")).contains("calendar-2003-09-08-2003-09-14.ics");
        Calendar calendar = parse(export.response().body());
        CalendarFeedTests.valid(export.response().body());
        assertThat(calendar.getComponents("VEVENT")).hasSize(2);
        assertThat(value(event(calendar, inWeek), Property.SUMMARY)).isEqualTo("Call: Call Barney");
        assertThat(value(event(calendar, secret), Property.SUMMARY)).isEqualTo("Busy");
        assertThat(export.response().body()).doesNotContain("Secret lunch").doesNotContain("Next week");
        assertThat(pages.get("/calendar?view=week&date=2003-09-10&user=" + zdv.userName()).html().selectFirst("#calendar-export").attr("href"))
                .contains("/calendar/export.ics", "date=2003-09-10", "user=" + zdv.userName());
    }

    private static Map<String, Object> forUser(User owner) {
        Map<String, Object> body = activity("2003-09-10", "09:00", "Meet at the office", false);
        body.put("scheduledFor", owner.userName());
        return body;
    }

    private static Map<String, Object> activity(String date, String time, String regarding, boolean isPrivate) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("date", date);
        body.put("time", time);
        body.put("durationMinutes", 30);
        body.put("regarding", regarding);
        body.put("private", isPrivate);
        return body;
    }
}
