package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.calendar.CalendarFeedTests.activity;
import static org.svyaz.calendar.CalendarFeedTests.contact;
import static org.svyaz.calendar.CalendarFeedTests.event;
import static org.svyaz.calendar.CalendarFeedTests.instant;
import static org.svyaz.calendar.CalendarFeedTests.parse;
import static org.svyaz.calendar.CalendarFeedTests.value;
import static org.svyaz.calendar.CalendarFeedTests.withPrivate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** A contact's activities exported to and imported from .ics files (SPEC K10, issue 6 "Bad input"). */
class CalendarIcsTests extends SvyazTests {

    @Autowired
    DisplayTime displayTime;

    @Autowired
    TestClock clock;

    @Test
    void exportsTheContactsActivitiesTheCallerMaySeeAndLeavesOutOthersPrivateOnes() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        User bart = data.user("bart", Role.STANDARD);
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        Map<String, Object> call = activity("CALL", "2003-09-05", "14:30", barney);
        call.put("details", "Prices for 2004");
        String open = api(zdv).post("/api/v1/activities", call).id();
        Map<String, Object> secret = withPrivate(activity("MEETING", "2003-09-06", "10:00", barney));
        secret.put("details", "The secret offer");
        String hidden = api(zdv).post("/api/v1/activities", secret).id();

        Response export = api(bart).get("/api/v1/contacts/" + barney + "/activities.ics");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.header("Content-Type")).startsWith("text/calendar");
        assertThat(export.header("Content-Disposition")).contains("attachment").contains(".ics");
        Calendar seenByBart = parse(export.text());
        assertThat(seenByBart.getComponents()).hasSize(1);
        VEvent event = event(seenByBart, open);
        assertThat(value(event, Property.SUMMARY)).isEqualTo("Call: Send the price list");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("Prices for 2004\n\nWith: Giverts");
        assertThat(export.text()).doesNotContain("secret offer");

        Calendar seenByZdv = parse(api(zdv).get("/api/v1/contacts/" + barney + "/activities.ics").text());
        assertThat(value(event(seenByZdv, hidden), Property.DESCRIPTION)).startsWith("The secret offer");
        assertThat(value(event(seenByZdv, hidden), Property.CLASS)).isEqualTo("PRIVATE");
    }

    @Test
    void aPreviewWritesNothingAndTheImportThenCreatesTheValidEvents() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String file = calendar(
                vevent("a@x", "DTSTART:20030905T113000Z", "DTEND:20030905T121500Z", "SUMMARY:Prices", "DESCRIPTION:For 2004",
                        "CLASS:PRIVATE"),
                vevent("b@x", "DTSTART;VALUE=DATE:20030908", "SUMMARY:Trade fair"),
                vevent("c@x", "SUMMARY:No start"));

        JsonNode preview = upload(api, barney, file, true);
        assertThat(preview.get("preview").asBoolean()).isTrue();
        assertThat(preview.get("created").asInt()).isEqualTo(2);
        assertThat(preview.get("events")).hasSize(3);
        JsonNode first = preview.get("events").get(0);
        assertThat(first.get("uid").asText()).isEqualTo("a@x");
        assertThat(first.get("summary").asText()).isEqualTo("Prices");
        assertThat(first.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(first.get("occurrences").asInt()).isEqualTo(1);
        assertThat(first.get("errors")).isEmpty();
        LocalDateTime firstStart = LocalDateTime.ofInstant(Instant.parse("2003-09-05T11:30:00Z"), displayTime.zone());
        assertThat(first.get("date").asText()).isEqualTo(firstStart.toLocalDate().toString());
        assertThat(first.get("time").asText()).isEqualTo(firstStart.toLocalTime().toString());
        assertThat(preview.get("events").get(2).get("errors").get(0).asText()).isEqualTo("The event has no start (DTSTART).");
        assertThat(activitiesOf(api, barney)).isEmpty();

        JsonNode imported = upload(api, barney, file, false);
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        List<JsonNode> activities = activitiesOf(api, barney);
        assertThat(activities).hasSize(2);
        JsonNode timed = activities.get(0);
        LocalDateTime start = LocalDateTime.ofInstant(Instant.parse("2003-09-05T11:30:00Z"), displayTime.zone());
        assertThat(timed.get("type").asText()).isEqualTo("MEETING");
        assertThat(timed.get("date").asText()).isEqualTo(start.toLocalDate().toString());
        assertThat(timed.get("time").asText()).isEqualTo(start.toLocalTime().toString());
        assertThat(timed.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(timed.get("regarding").asText()).isEqualTo("Prices");
        assertThat(timed.get("details").asText()).isEqualTo("For 2004");
        assertThat(timed.get("private").asBoolean()).isTrue();
        JsonNode allDay = activities.get(1);
        assertThat(allDay.get("date").asText()).isEqualTo("2003-09-08");
        assertThat(allDay.get("time").isNull()).isTrue();
        assertThat(allDay.get("regarding").asText()).isEqualTo("Trade fair");
    }

    @Test
    void anEventTheActivityRulesRefuseIsReportedAndTheOthersAreImported() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String file = calendar(
                vevent("a@x", "DTSTART:20030905T113000Z", "DTEND:20030905T121500Z", "SUMMARY:Prices"),
                vevent("b@x", "DTSTART:20030905T113000Z", "DTEND:20040905T113000Z", "SUMMARY:A year long"));
        JsonNode imported = upload(api, barney, file, false);
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(imported.get("events").get(1).get("errors").get(0).asText()).isNotBlank();
        assertThat(activitiesOf(api, barney)).extracting(a -> a.get("regarding").asText()).containsExactly("Prices");
    }

    @Test
    void aMalformedFileIsRefusedAndImportsNothing() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String broken = calendar(vevent("a@x", "DTSTART:20030905T113000Z", "SUMMARY:Prices")).replace("END:VCALENDAR", "");
        Response refused = api.upload("/api/v1/contacts/" + barney + "/activities/import", "broken.ics", "text/calendar",
                broken.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("file").asText()).startsWith("This is not a valid iCalendar file");
        assertThat(activitiesOf(api, barney)).isEmpty();
    }

    @Test
    void aFileWithAnUnreadableRecurrenceRuleIsMalformedAndImportsNothing() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String file = calendar(
                vevent("a@x", "DTSTART:20030905T113000Z", "SUMMARY:Prices"),
                vevent("b@x", "DTSTART:20030905T113000Z", "RRULE:FREQ=SOMETIMES", "SUMMARY:Broken rule"));
        Response refused = api.upload("/api/v1/contacts/" + barney + "/activities/import", "broken.ics", "text/calendar",
                file.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("file").asText()).startsWith("This is not a valid iCalendar file");
        assertThat(activitiesOf(api, barney)).isEmpty();
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'x');
        Response refused = api.upload("/api/v1/contacts/" + barney + "/activities/import", "huge.ics", "text/calendar", huge);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("file").asText()).isEqualTo("The file is larger than 10 MB.");
    }

    @Test
    void aRuleWithoutEndIsCappedAtTwoYearsAndAThousandOccurrences() {
        clock.set(Instant.parse("2003-09-01T08:00:00Z"));
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String file = calendar(
                vevent("daily@x", "DTSTART;VALUE=DATE:20030905", "RRULE:FREQ=DAILY", "SUMMARY:Stand-up"),
                vevent("hourly@x", "DTSTART:20030905T080000Z", "DTEND:20030905T081000Z", "RRULE:FREQ=HOURLY", "SUMMARY:Ping"),
                vevent("weekly@x", "DTSTART;VALUE=DATE:20030905", "RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE;VALUE=DATE:20030912",
                        "SUMMARY:Report"));

        JsonNode preview = upload(api, barney, file, true);
        JsonNode daily = preview.get("events").get(0);
        long days = daily.get("occurrences").asLong();
        assertThat(days).as("every day up to two years after its start").isBetween(730L, 732L);
        assertThat(daily.get("notes").get(0).asText()).contains(String.valueOf(days)).containsPattern("0\\d\\.09\\.2005");
        JsonNode hourly = preview.get("events").get(1);
        assertThat(hourly.get("occurrences").asInt()).isEqualTo(1000);
        assertThat(hourly.get("notes")).hasSize(1);
        JsonNode weekly = preview.get("events").get(2);
        assertThat(weekly.get("occurrences").asInt()).as("three weeks, one of them excepted").isEqualTo(2);
        assertThat(weekly.get("notes")).isEmpty();
        assertThat(preview.get("created").asLong()).isEqualTo(days + 1000 + 2);
        assertThat(activitiesOf(api, barney)).isEmpty();
    }

    @Test
    void aFileThatWouldMakeMoreThanTenThousandActivitiesIsRefused() {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String[] pings = new String[11];
        for (int i = 0; i < pings.length; i++) {
            pings[i] = vevent("ping" + i + "@x", "DTSTART:20030905T080000Z", "RRULE:FREQ=HOURLY", "SUMMARY:Ping");
        }
        Response refused = api.upload("/api/v1/contacts/" + barney + "/activities/import?preview=true", "pings.ics", "text/calendar",
                calendar(pings).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("file").asText())
                .isEqualTo("The file would make more than 10,000 activities; import it in parts.");
    }

    private static JsonNode upload(ApiClient api, String contactId, String ics, boolean preview) {
        Response response = api.upload("/api/v1/contacts/" + contactId + "/activities/import" + (preview ? "?preview=true" : ""),
                "activities.ics", "text/calendar", ics.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonNode> activitiesOf(ApiClient api, String contactId) {
        JsonNode items = api.get("/api/v1/contacts/" + contactId + "/activities?includeCleared=true").json().get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false).toList();
    }

    static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    static String vevent(String uid, String... lines) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20030901T000000Z\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }
}
