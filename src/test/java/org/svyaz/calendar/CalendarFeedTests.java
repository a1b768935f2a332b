package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CALENDAR_FEED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.ValidationWarnings;
import biweekly.io.ParseWarning;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.validate.ValidationResult;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Each user's secret iCalendar feed (SPEC K10, issue 14 point 6): every feed validated by ical4j
 * and read back by ical4j and by biweekly, an independent parser, as calendar programs would.
 */
class CalendarFeedTests extends SvyazTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The tests' activities are of September 2003; the feed's window is around this "today". */
    static final Instant SEPTEMBER_2003 = Instant.parse("2003-09-01T08:00:00Z");

    @Autowired
    DisplayTime displayTime;

    @Autowired
    DSLContext dsl;

    @Autowired
    TestClock clock;

    @BeforeEach
    void inSeptember2003() {
        clock.set(SEPTEMBER_2003);
    }

    @Test
    void theFeedListsTheOwnersActivitiesWithEveryField() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        Map<String, Object> call = activity("CALL", "2003-09-05", "14:30", barney);
        call.put("details", "Prices for 2004 " + "и".repeat(100));
        JsonNode scheduled = api.post("/api/v1/activities", call).json();
        JsonNode meeting = api.post("/api/v1/activities", withPrivate(activity("MEETING", "2003-09-08", null, barney))).json();

        String text = fetch(api.get("/api/v1/me/calendar-feed").json().get("url").asText());
        Calendar feed = parse(text);

        assertThat(feed.getComponents("VEVENT")).hasSize(2);
        assertThat(text.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
        VEvent timed = event(feed, scheduled.get("id").asText());
        assertThat(value(timed, Property.SEQUENCE)).isEqualTo("1");
        assertThat(value(timed, Property.SUMMARY)).isEqualTo("Call: Send the price list");
        assertThat(value(timed, Property.DESCRIPTION)).isEqualTo("Prices for 2004 " + "и".repeat(100) + "\n\nWith: Giverts");
        Instant start = LocalDateTime.of(2003, 9, 5, 14, 30).atZone(displayTime.zone()).toInstant();
        assertThat(instant(timed, Property.DTSTART)).isEqualTo(start);
        assertThat(instant(timed, Property.DTEND)).isEqualTo(start.plusSeconds(30 * 60));
        assertThat(instant(timed, Property.DTSTAMP)).isEqualTo(Instant.parse(scheduled.get("updatedAt").asText()).truncatedTo(ChronoUnit.SECONDS));
        assertThat(timed.getProperty(Property.STATUS)).isEmpty();
        assertThat(timed.getProperty(Property.CLASS)).isEmpty();

        VEvent allDay = event(feed, meeting.get("id").asText());
        assertThat(timed.getProperty(Property.DTSTART).orElseThrow().getValue()).endsWith("Z");
        assertThat(allDay.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE).orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(allDay, Property.DTSTART)).isEqualTo("20030908");
        assertThat(value(allDay, Property.DTEND)).isEqualTo("20030909");
        assertThat(value(allDay, Property.SUMMARY)).isEqualTo("Meeting: Send the price list");
        assertThat(value(allDay, Property.CLASS)).as("the owner's private activity, with its details").isEqualTo("PRIVATE");
        assertThat(value(allDay, Property.DESCRIPTION)).isEqualTo("With: Giverts");
    }

    @Test
    void theUidStaysAndTheSequenceGrowsWhenAnActivityChangesAndClearingMarksItCleared() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String id = api.post("/api/v1/activities", activity("CALL", "2003-09-05", "14:30", barney)).id();
        String url = api.get("/api/v1/me/calendar-feed").json().get("url").asText();
        assertThat(value(event(parse(fetch(url)), id), Property.SEQUENCE)).isEqualTo("1");

        Response changed = api.patch("/api/v1/activities/" + id, Map.of("regarding", "Prices", "version", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        VEvent afterChange = event(parse(fetch(url)), id);
        assertThat(value(afterChange, Property.SUMMARY)).isEqualTo("Call: Prices");
        assertThat(value(afterChange, Property.SEQUENCE)).isEqualTo("2");

        Response cleared = api.post("/api/v1/activities/" + id + "/clear", Map.of("result", "COMPLETED"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        VEvent afterClearing = event(parse(fetch(url)), id);
        assertThat(value(afterClearing, Property.STATUS)).as("a VEVENT has no COMPLETED status").isEqualTo("CONFIRMED");
        assertThat(value(afterClearing, Property.SUMMARY)).isEqualTo("\u2713 Call: Prices");
        assertThat(value(afterClearing, "X-SVYAZ-CLEARED")).endsWith("Z");
        assertThat(value(afterClearing, Property.SEQUENCE)).isEqualTo("3");
    }

    @Test
    void theFeedHoldsNoOtherUsersActivities() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        User bart = data.user("bart", Role.STANDARD);
        String barney = contact(api(zdv), "Kwik-e-mart", "Giverts");
        api(zdv).post("/api/v1/activities", activity("CALL", "2003-09-05", "14:30", barney));
        String bartsUrl = api(bart).get("/api/v1/me/calendar-feed").json().get("url").asText();
        Calendar empty = parse(fetch(bartsUrl));
        assertThat(empty.getComponents("VEVENT")).isEmpty();
        assertThat(empty.getComponents("VTIMEZONE")).as("a calendar has at least one component").hasSize(1);
    }

    @Test
    void theAddressIsShownOnceAndWorksUntilRegeneratedAndTheOldOneThenIsUnknown() throws Exception {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        JsonNode made = api.get("/api/v1/me/calendar-feed").json();
        String first = made.get("url").asText();
        assertThat(first).startsWith("http://localhost:" + port + "/calendar/feed/").endsWith(".ics");
        JsonNode again = api.get("/api/v1/me/calendar-feed").json();
        assertThat(again.get("url").isNull()).as("only the token's hash is kept: the address cannot be shown again").isTrue();
        assertThat(again.get("createdAt").asText()).isEqualTo(made.get("createdAt").asText());
        assertThat(status(first)).isEqualTo(200);

        Response regenerated = api.post("/api/v1/me/calendar-feed", Map.of());
        String second = regenerated.json().get("url").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(status(first)).isEqualTo(404);
        assertThat(status(second)).isEqualTo(200);
        assertThat(api.get("/api/v1/me/calendar-feed").json().get("url").isNull()).isTrue();
    }

    @Test
    void keepsOnlyTheHashOfTheFeedToken() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        String url = api(zdv).get("/api/v1/me/calendar-feed").json().get("url").asText();
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        var stored = dsl.selectFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(zdv.id())).fetch();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).intoList()).noneMatch(value -> value != null && value.toString().contains(token));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.get(0).get(CALENDAR_FEED.TOKEN_HASH)).isEqualTo(sha256);
        assertThat(status(url)).isEqualTo(200);
    }

    @Test
    void aWrongTokenIsNotFoundWithoutAHint() throws Exception {
        String url = api(data.user("zdv", Role.STANDARD)).get("/api/v1/me/calendar-feed").json().get("url").asText();
        String base = "http://localhost:" + port + "/calendar/feed/";
        HttpResponse<String> wrong = get(base + "x" + url.substring(base.length()));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).isEmpty();
        assertThat(status(base + ".ics")).isEqualTo(404);
    }

    @Test
    void aFeedIsNamedForItsOwnerInTheOwnersZoneWithAlarmsAndDaysLongActivities() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        ApiClient api = api(zdv);
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        Map<String, Object> call = activity("CALL", "2003-09-05", "14:30", barney);
        call.put("alarmMinutesBefore", 15);
        String alarmed = api.post("/api/v1/activities", call).id();
        Map<String, Object> fair = activity("MEETING", "2003-09-08", null, barney);
        fair.put("durationMinutes", 3 * 24 * 60);
        fair.put("alarmMinutesBefore", 0);
        String threeDays = api.post("/api/v1/activities", fair).id();
        String cleared = api.post("/api/v1/activities", activity("CALL", "2003-09-02", "09:00", barney)).id();
        api.post("/api/v1/activities/" + cleared + "/clear", Map.of("result", "COMPLETED"));

        String text = fetch(api.get("/api/v1/me/calendar-feed").json().get("url").asText());
        Calendar byIcal4j = parse(text);
        ICalendar byBiweekly = valid(text);

        assertThat(byIcal4j.getProperty("NAME").orElseThrow().getValue()).isEqualTo("Svyaz — zdv");
        assertThat(byBiweekly.getExperimentalProperty("X-WR-CALNAME").getValue()).isEqualTo("Svyaz — zdv");
        assertThat(byBiweekly.getExperimentalProperty("X-WR-TIMEZONE").getValue()).isEqualTo(displayTime.zone().getId());

        VEvent timed = event(byIcal4j, alarmed);
        assertThat(timed.getAlarms()).hasSize(1);
        VAlarm alarm = timed.getAlarms().get(0);
        assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
        assertThat(alarm.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Call: Send the price list");
        assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT15M");
        biweekly.component.VEvent timedByBiweekly = biweeklyEvent(byBiweekly, alarmed);
        assertThat(timedByBiweekly.getAlarms().get(0).getTrigger().getDuration().toMillis()).isEqualTo(-15 * 60_000L);
        assertThat(timedByBiweekly.getDateStart().getValue().toInstant())
                .isEqualTo(LocalDateTime.of(2003, 9, 5, 14, 30).atZone(displayTime.zone()).toInstant());

        biweekly.component.VEvent allDays = biweeklyEvent(byBiweekly, threeDays);
        assertThat(allDays.getDateStart().getValue().hasTime()).isFalse();
        assertThat(value(event(byIcal4j, threeDays), Property.DTSTART)).isEqualTo("20030908");
        assertThat(value(event(byIcal4j, threeDays), Property.DTEND)).as("three days: 8, 9 and 10 September").isEqualTo("20030911");
        assertThat(event(byIcal4j, threeDays).getAlarms().get(0).<Trigger>getProperty(Property.TRIGGER).orElseThrow().getDuration())
                .isEqualTo(java.time.Duration.ZERO);

        biweekly.component.VEvent done = biweeklyEvent(byBiweekly, cleared);
        assertThat(done.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(done.getSummary().getValue()).isEqualTo("\u2713 Call: Send the price list");
        assertThat(done.getAlarms()).as("a cleared activity rings no more").isEmpty();
    }

    @Test
    void theFeedHoldsNinetyDaysBackAndEverythingAheadUnlessTheAddressAsksOtherwise() throws Exception {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        // today is 1 September 2003: 90 days back is 3 June
        String old = api.post("/api/v1/activities", activity("CALL", "2003-06-02", "10:00", barney)).id();
        String recent = api.post("/api/v1/activities", activity("CALL", "2003-06-03", "10:00", barney)).id();
        String ahead = api.post("/api/v1/activities", activity("CALL", "2013-06-03", "10:00", barney)).id();
        String url = api.get("/api/v1/me/calendar-feed").json().get("url").asText();

        assertThat(uids(fetch(url))).containsExactlyInAnyOrder(recent + "@svyaz", ahead + "@svyaz");
        assertThat(uids(fetch(url + "?pastDays=365"))).containsExactlyInAnyOrder(old + "@svyaz", recent + "@svyaz", ahead + "@svyaz");
        assertThat(uids(fetch(url + "?pastDays=0&futureDays=30"))).isEmpty();
        assertThat(uids(fetch(url + "?futureDays=3700"))).containsExactlyInAnyOrder(recent + "@svyaz", ahead + "@svyaz");

        HttpResponse<String> refused = get(url + "?pastDays=-1");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("pastDays must be a number of days from 0 to 36,600.");
    }

    @Test
    void anUnchangedFeedIsNotModifiedByItsETagOrDateAndAnyChangeChangesBoth() throws Exception {
        ApiClient api = api(data.user("zdv", Role.STANDARD));
        String barney = contact(api, "Kwik-e-mart", "Giverts");
        String id = api.post("/api/v1/activities", activity("CALL", "2003-09-05", "14:30", barney)).id();
        String other = api.post("/api/v1/activities", activity("CALL", "2003-09-06", "14:30", barney)).id();
        String url = api.get("/api/v1/me/calendar-feed").json().get("url").asText();

        HttpResponse<String> first = get(url);
        assertThat(first.headers().allValues("ETag")).hasSize(1);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache").contains("private");
        assertThat(get(url, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(url, "If-None-Match", etag).body()).isEmpty();
        assertThat(get(url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(url + "?pastDays=10", "If-None-Match", etag).statusCode()).as("another window").isEqualTo(200);

        Thread.sleep(1100); // Last-Modified counts whole seconds
        api.patch("/api/v1/activities/" + id, Map.of("regarding", "Prices", "version", 1));
        HttpResponse<String> changed = get(url, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("SUMMARY:Call: Prices");
        String changedTag = changed.headers().firstValue("ETag").orElseThrow();
        assertThat(changedTag).isNotEqualTo(etag);
        assertThat(get(url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);

        Response erased = api.delete("/api/v1/activities/" + other);
        assertThat(erased.status()).as(erased.toString()).isBetween(200, 204);
        HttpResponse<String> afterErasing = get(url, "If-None-Match", changedTag);
        assertThat(afterErasing.statusCode()).isEqualTo(200);
        assertThat(uids(afterErasing.body())).containsExactly(id + "@svyaz");

        String erasedTag = afterErasing.headers().firstValue("ETag").orElseThrow();
        clock.set(SEPTEMBER_2003.plus(1, ChronoUnit.DAYS));
        assertThat(get(url, "If-None-Match", erasedTag).statusCode()).as("a day later the window has moved").isEqualTo(200);
    }

    private static List<String> uids(String ics) throws Exception {
        return parse(ics).<VEvent>getComponents("VEVENT").stream().map(event -> event.getUid().orElseThrow().getValue()).toList();
    }

    static biweekly.component.VEvent biweeklyEvent(ICalendar calendar, String activityId) {
        return calendar.getEvents().stream().filter(event -> event.getUid().getValue().equals(activityId + "@svyaz")).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + activityId));
    }

    static Map<String, Object> activity(String type, String date, String time, String... contactIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("date", date);
        body.put("time", time);
        body.put("durationMinutes", 30);
        body.put("contactIds", List.of(contactIds));
        body.put("regarding", "Send the price list");
        return body;
    }

    static Map<String, Object> withPrivate(Map<String, Object> body) {
        body.put("private", true);
        return body;
    }

    static String contact(ApiClient client, String company, String lastName) {
        Response created = client.post("/api/v1/contacts", Map.of("company", company, "lastName", lastName));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(Calendar calendar, String activityId) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream().filter(event -> event.getUid().orElseThrow().getValue().equals(activityId + "@svyaz")).findFirst()
                .orElseThrow(() -> new AssertionError("no event for " + activityId + " in\n" + calendar));
    }

    static String value(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }

    static Instant instant(VEvent event, String property) {
        return Instant.from(event.<net.fortuna.ical4j.model.property.DateProperty<Temporal>>getRequiredProperty(property).getDate());
    }

    /** The feed's text, after checking that ical4j finds it valid and biweekly reads it without a warning. */
    private String fetch(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        valid(response.body());
        return response.body();
    }

    /**
     * Checks the text as RFC 5545 with two parsers that share no code: ical4j's validator, and
     * biweekly's reader (no warning while parsing) and validator; returns what biweekly read.
     */
    static ICalendar valid(String ics) throws IOException, ParserException {
        ValidationResult byIcal4j = parse(ics).validate();
        assertThat(byIcal4j.hasErrors()).as("ical4j: %s\n%s", byIcal4j.getEntries(), ics).isFalse();
        assertThat(ics).doesNotContain("STATUS:COMPLETED");
        List<List<ParseWarning>> parseWarnings = new ArrayList<>();
        List<ICalendar> read = Biweekly.parse(ics).warnings(parseWarnings).all();
        assertThat(read).hasSize(1);
        assertThat(parseWarnings).as("biweekly: %s\n%s", parseWarnings, ics).allMatch(List::isEmpty);
        ValidationWarnings byBiweekly = read.get(0).validate(ICalVersion.V2_0);
        // biweekly keeps VTIMEZONEs apart from the other components and so finds a calendar of one
        // VTIMEZONE empty (its warning 4), where RFC 5545 counts a VTIMEZONE as a component
        List<Integer> codes = byBiweekly.getWarnings().stream().flatMap(group -> group.getWarnings().stream())
                .map(warning -> warning.getCode()).filter(code -> !(code == 4 && ics.contains("BEGIN:VTIMEZONE"))).toList();
        assertThat(codes).as("biweekly: %s\n%s", byBiweekly, ics).isEmpty();
        return read.get(0);
    }

    private int status(String url) throws Exception {
        return get(url).statusCode();
    }

    private static HttpResponse<String> get(String url, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
