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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Each user's secret iCalendar feed, read back with ical4j as a calendar program would (SPEC K10). */
class CalendarFeedTests extends SvyazTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    DisplayTime displayTime;

    @Autowired
    DSLContext dsl;

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

        assertThat(feed.getComponents()).hasSize(2);
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
    void theUidStaysAndTheSequenceGrowsWhenAnActivityChangesAndClearingMarksItCompleted() throws Exception {
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
        assertThat(value(afterClearing, Property.STATUS)).isEqualTo("COMPLETED");
        assertThat(value(afterClearing, Property.SEQUENCE)).isEqualTo("3");
    }

    @Test
    void theFeedHoldsNoOtherUsersActivities() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        User bart = data.user("bart", Role.STANDARD);
        String barney = contact(api(zdv), "Kwik-e-mart", "Giverts");
        api(zdv).post("/api/v1/activities", activity("CALL", "2003-09-05", "14:30", barney));
        String bartsUrl = api(bart).get("/api/v1/me/calendar-feed").json().get("url").asText();
        assertThat(parse(fetch(bartsUrl)).getComponents()).isEmpty();
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

    private String fetch(String url) throws Exception {
        HttpResponse<String> response = get(url);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        return response.body();
    }

    private int status(String url) throws Exception {
        return get(url).statusCode();
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
