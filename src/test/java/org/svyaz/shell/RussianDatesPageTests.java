package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.TestData;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Issue 14: a Russian user read 2003-09-05 in the series history and its confirmation. The main
 * pages, in Russian, show dates as dd.MM.yyyy in their visible text (form values may stay ISO, as
 * HTML's date inputs require).
 */
class RussianDatesPageTests extends SvyazTests {

    private static final LocalDate DAY = LocalDate.of(2003, 9, 5);
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}");

    @Autowired
    TestClock clock;

    @Autowired
    DisplayTime time;

    @Test
    void theMainPagesShowARussianUserDatesAsDayMonthYear() {
        clock.set(DAY.atTime(8, 0).atZone(time.zone()).toInstant());
        User ivan = data.user("ivan", Role.ADMINISTRATOR, Language.RU);
        ApiClient api = api(ivan);
        String barney = api.post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        String call = api.post("/api/v1/activities", activity("2003-09-05", "10:00", barney)).id();
        api.post("/api/v1/activities", activity("2003-09-05", "14:30", barney));
        api.post("/api/v1/activities/" + call + "/clear", Map.of("result", "COMPLETED", "notes", "Заказ в октябре"));
        String series = api.post("/api/v1/series", series("Разработка компании")).id();
        api.post("/api/v1/series/" + series + "/schedule", Map.of("target", Map.of("contactIds", List.of(barney)),
                "startDate", "2003-09-05", "confirm", true));
        PageClient pages = PageClient.loggedIn(port, ivan.userName(), TestData.PASSWORD);

        Map<String, PageClient.Page> shown = new HashMap<>();
        shown.put("contact", pages.get("/contacts/" + barney));
        shown.put("activities tab", pages.htmxGet("/contacts/" + barney + "/activities"));
        shown.put("history tab", pages.htmxGet("/contacts/" + barney + "/history"));
        shown.put("audit", pages.get("/contacts/" + barney + "/audit"));
        shown.put("task list", pages.get("/tasks"));
        shown.put("calendar day", pages.get("/calendar?view=day&date=2003-09-05"));
        shown.put("calendar week", pages.get("/calendar?view=week&date=2003-09-05"));
        shown.put("series history", pages.get("/series/" + series + "/history"));
        shown.put("series confirmation", pages.submit("/series/schedule", Map.of("seriesId", series, "target", "CONTACT",
                "contactId", barney, "startDate", "2003-09-05", "scheduledFor", ivan.userName(), "returnTo", "/series")));

        SoftAssertions softly = new SoftAssertions();
        shown.forEach((name, page) -> {
            String text = page.html().text();
            softly.assertThat(page.status()).as(name).isEqualTo(200);
            softly.assertThat(ISO_DATE.matcher(text).results().map(match -> match.group()).toList()).as(name + ": " + text).isEmpty();
        });
        softly.assertAll();
        shown.forEach((name, page) -> assertThat(page.html().text()).as(name).containsPattern(DAY_MONTH_YEAR));
        for (String name : List.of("activities tab", "history tab", "audit", "task list", "calendar day", "series history",
                "series confirmation")) {
            assertThat(shown.get(name).html().text()).as(name).contains("05.09.2003");
        }
        assertThat(shown.get("series confirmation").text("#series-confirm-activities")).contains("начиная с 05.09.2003");
        // when the series was scheduled, and its start date
        assertThat(shown.get("series confirmation").text("#series-confirm-warning"))
                .containsPattern("запланирована \\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}, дата начала 05\\.09\\.2003");
        assertThat(shown.get("series history").text(".series-run")).containsPattern("^\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} 05\\.09\\.2003 ");
    }

    private static Map<String, Object> activity(String date, String startTime, String contactId) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("date", date);
        body.put("time", startTime);
        body.put("durationMinutes", 30);
        body.put("regarding", "Звонок");
        body.put("contactIds", List.of(contactId));
        return body;
    }

    private static Map<String, Object> series(String name) {
        Map<String, Object> step = new HashMap<>();
        step.put("type", "TODO");
        step.put("durationMinutes", 10);
        step.put("priority", "LOW");
        step.put("regarding", "Сбор информации о компании");
        step.put("offset", Map.of("amount", 0, "unit", "DAYS"));
        step.put("alarmMinutesBefore", null);
        step.put("weekendRule", "NONE");
        return Map.of("name", name, "description", "", "steps", List.of(step));
    }
}
