package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.ACTIVITY;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Activity series over the REST API (API.md, "Activity series"), the manual's example first (SPEC S3). */
class SeriesApiTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Test
    void schedulesTheManualsSeriesForBarneyGivertsWithTheCallMovedToMonday() {
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();

        Response scheduled = admin().post("/api/v1/series/" + series + "/schedule", schedule(Map.of("contactIds", List.of(barney)),
                "2003-09-05", true));

        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        assertThat(scheduled.json().get("contacts").asLong()).isEqualTo(1);
        assertThat(scheduled.json().get("activities").asLong()).isEqualTo(4);
        JsonNode tab = admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items");
        assertThat(texts(tab, "date")).containsExactly("2003-09-05", "2003-09-08", "2003-09-12", "2003-10-06");
        assertThat(texts(tab, "type")).containsExactly("TODO", "CALL", "MEETING", "MEETING");
        assertThat(texts(tab, "regarding")).containsExactly("Сбор информации о компании", "Звонок после сбора информации",
                "Встреча в офисе компании", "Встреча для подписания договора");
        assertThat(texts(tab, "priority")).containsExactly("LOW", "MEDIUM", "HIGH", "HIGH");
        assertThat(texts(tab, "durationMinutes")).containsExactly("10", "15", "60", "60");
        assertThat(StreamSupport.stream(tab.spliterator(), false).map(activity -> activity.get("time").isNull())).containsOnly(true);
        assertThat(texts(tab, "scheduledFor")).containsOnly("admin");
    }

    @Test
    void aPreviewCountsContactsAndActivitiesAndWritesNothing() {
        contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        contact(admin(), "Kwik-e-mart", "Apu", "Nahasapeemapetilon");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        long journal = dsl.fetchCount(org.svyaz.schema.Tables.JOURNAL_ENTRY);

        Response preview = admin().post("/api/v1/series/" + series + "/schedule", schedule(Map.of("lookup",
                Map.of("criteria", List.of(Map.of("field", "company", "op", "equals", "value", "kwik-e-mart")))), "2003-09-05", false));

        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("contacts").asLong()).isEqualTo(2);
        assertThat(preview.json().get("activities").asLong()).isEqualTo(8);
        assertThat(preview.json().get("scheduled").asBoolean()).isFalse();
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(org.svyaz.schema.Tables.JOURNAL_ENTRY)).isEqualTo(journal);
        assertThat(admin().get("/api/v1/series/" + series + "/runs").json().get("total").asLong()).isZero();
    }

    @Test
    void schedulesForAGroupAndForAllContactsTheCallerSees() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.STANDARD);
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        contact(admin(), "Springfield Nuclear", "Homer", "Simpson");
        api(other).post("/api/v1/contacts", Map.of("company", "Secret Ltd", "private", true));
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(barney)));
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();

        JsonNode forGroup = api(zdv).post("/api/v1/series/" + series + "/schedule", schedule(Map.of("groupId", group), "2003-09-05",
                false)).json();
        JsonNode forAll = api(zdv).post("/api/v1/series/" + series + "/schedule", schedule(Map.of("all", true), "2003-09-05",
                true)).json();

        assertThat(forGroup.get("contacts").asLong()).isEqualTo(1);
        long visibleToZdv = api(zdv).get("/api/v1/contacts").json().get("total").asLong();
        assertThat(forAll.get("contacts").asLong()).as("every contact zdv sees, My Records included, not another's private one")
                .isEqualTo(visibleToZdv);
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(4 * visibleToZdv);
        assertThat(api(other).get("/api/v1/contacts").json().get("total").asLong()).isEqualTo(visibleToZdv + 1);
    }

    @Test
    void refusesASeriesWithoutStepsANegativeOrTooFarOffsetOrATakenName() {
        admin().post("/api/v1/series", companyDevelopment("Разработка компании"));

        Map<String, Object> noSteps = companyDevelopment("Empty");
        noSteps.put("steps", List.of());
        assertRefused(admin().post("/api/v1/series", noSteps), "steps");
        assertRefused(admin().post("/api/v1/series", withFirstOffset(companyDevelopment("Backwards"), -1, "DAYS")),
                "steps[0].offset.amount");
        assertRefused(admin().post("/api/v1/series", withFirstOffset(companyDevelopment("Too far"), 121, "MONTHS")),
                "steps[0].offset.amount");
        assertRefused(admin().post("/api/v1/series", withFirstOffset(companyDevelopment("Too far"), 3653, "DAYS")),
                "steps[0].offset.amount");
        assertRefused(admin().post("/api/v1/series", companyDevelopment("разработка КОМПАНИИ")), "name");

        assertThat(admin().post("/api/v1/series", withFirstOffset(companyDevelopment("Ten years"), 120, "MONTHS")).status())
                .isEqualTo(201);
        assertThat(admin().get("/api/v1/series").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aColleagueWithViewAndScheduleAccessSchedulesTheSeriesForTheCalendarsOwner() {
        User standard = data.user("standard", Role.STANDARD);
        User zdv = data.user("zdv", Role.STANDARD);
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        Map<String, Object> forZdv = schedule(Map.of("contactIds", List.of(barney)), "2003-09-05", true);
        forZdv.put("scheduledFor", zdv.userName());
        api(zdv).put("/api/v1/me/calendar-sharing/" + standard.userName(), Map.of("access", "VIEW"));
        assertThat(api(standard).post("/api/v1/series/" + series + "/schedule", forZdv).status()).isEqualTo(403);

        api(zdv).put("/api/v1/me/calendar-sharing/" + standard.userName(), Map.of("access", "SCHEDULE"));
        Response scheduled = api(standard).post("/api/v1/series/" + series + "/schedule", forZdv);
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(200);
        assertThat(scheduled.json().get("activities").asInt()).isEqualTo(4);
        assertThat(dsl.fetchCount(ACTIVITY, ACTIVITY.OWNER_ID.eq(zdv.id()))).isEqualTo(4);
    }

    @Test
    void refusesAnEmptyTargetAnotherUsersPlanOrADeletedSeriesAndCreatesNothing() {
        User standard = data.user("standard", Role.STANDARD);
        User zdv = data.user("zdv", Role.MANAGER);
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String path = "/api/v1/series/" + series + "/schedule";

        assertRefused(admin().post(path, schedule(Map.of("contactIds", List.of()), "2003-09-05", true)), "target");
        assertRefused(admin().post(path, schedule(Map.of("lookup", Map.of("criteria", List.of(Map.of("field", "company",
                "op", "equals", "value", "Nobody Ltd")))), "2003-09-05", true)), "target");
        assertRefused(admin().post(path, schedule(Map.of("all", true, "groupId", barney), "2003-09-05", true)), "target");
        assertRefused(admin().post(path, schedule(Map.of("all", true), null, true)), "startDate");
        Map<String, Object> forNobody = schedule(Map.of("all", true), "2003-09-05", true);
        forNobody.put("scheduledFor", "nobody");
        assertRefused(admin().post(path, forNobody), "scheduledFor");
        Map<String, Object> forZdv = schedule(Map.of("contactIds", List.of(barney)), "2003-09-05", true);
        forZdv.put("scheduledFor", zdv.userName());
        Response notPermitted = api(standard).post(path, forZdv);
        assertThat(notPermitted.status()).as(notPermitted.toString()).isEqualTo(403);
        assertThat(notPermitted.json().get("error").asText()).contains("Only administrators, managers");

        assertThat(admin().delete("/api/v1/series/" + series).status()).isEqualTo(204);
        Response deleted = admin().post(path, schedule(Map.of("contactIds", List.of(barney)), "2003-09-05", true));
        assertThat(deleted.status()).isEqualTo(404);
        assertThat(deleted.json().get("error").asText()).contains("no such activity series");
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    @Test
    void schedulingTheSameSeriesAgainForAContactWarnsAndNamesTheEarlierRun() {
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String apu = contact(admin(), "Kwik-e-mart", "Apu", "Nahasapeemapetilon");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String path = "/api/v1/series/" + series + "/schedule";
        JsonNode first = admin().post(path, schedule(Map.of("contactIds", List.of(barney)), "2003-09-05", true)).json();
        assertThat(first.get("warning").isNull()).isTrue();

        JsonNode again = admin().post(path, schedule(Map.of("contactIds", List.of(barney, apu)), "2003-09-12", false)).json();

        assertThat(again.get("warning").asText()).contains("1 of these contacts has this series scheduled already");
        assertThat(again.get("earlierRuns")).hasSize(1);
        JsonNode earlier = again.get("earlierRuns").get(0);
        assertThat(earlier.get("contactsReached").asInt()).isEqualTo(1);
        assertThat(earlier.get("run").get("id").asText()).isEqualTo(first.get("runId").asText());
        assertThat(earlier.get("run").get("startDate").asText()).isEqualTo("2003-09-05");
        JsonNode unrelated = admin().post(path, schedule(Map.of("contactIds", List.of(apu)), "2003-09-12", false)).json();
        assertThat(unrelated.get("earlierRuns")).isEmpty();
    }

    @Test
    void undoingARunErasesItsOpenActivitiesAndKeepsClearedOnes() {
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String apu = contact(admin(), "Kwik-e-mart", "Apu", "Nahasapeemapetilon");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String run = admin().post("/api/v1/series/" + series + "/schedule", schedule(Map.of("contactIds", List.of(barney, apu)),
                "2003-09-05", true)).json().get("runId").asText();
        String firstOfBarney = admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items").get(0).get("id").asText();
        admin().post("/api/v1/activities/" + firstOfBarney + "/clear", Map.of("result", "COMPLETED"));

        Response undone = admin().post("/api/v1/series/runs/" + run + "/undo", Map.of());

        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("undoneAt").isNull()).isFalse();
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(1);
        assertThat(admin().get("/api/v1/activities/" + firstOfBarney).json().get("cleared").asBoolean()).isTrue();
        JsonNode history = admin().get("/api/v1/series/" + series + "/runs").json().get("items").get(0);
        assertThat(history.get("activities").asInt()).isEqualTo(8);
        assertThat(history.get("open").asInt()).isZero();
        assertRefused(admin().post("/api/v1/series/runs/" + run + "/undo", Map.of()), "run");
    }

    @Test
    void onlyItsSchedulerOwnerOrAPlannerUndoesARun() {
        User standard = data.user("standard", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String run = api(standard).post("/api/v1/series/" + series + "/schedule", schedule(Map.of("contactIds", List.of(barney)),
                "2003-09-05", true)).json().get("runId").asText();

        assertThat(api(colleague).post("/api/v1/series/runs/" + run + "/undo", Map.of()).status()).isEqualTo(403);
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(4);
        assertThat(api(standard).post("/api/v1/series/runs/" + run + "/undo", Map.of()).status()).isEqualTo(200);
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    @Test
    void editingDuplicatingAndDeletingASeriesLeaveScheduledActivitiesAlone() {
        String barney = contact(admin(), "Kwik-e-mart", "Barney", "Giverts");
        JsonNode series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).json();
        String id = series.get("id").asText();
        admin().post("/api/v1/series/" + id + "/schedule", schedule(Map.of("contactIds", List.of(barney)), "2003-09-05", true));

        Map<String, Object> changed = companyDevelopment("Разработка компании, вариант 2");
        changed.put("version", series.get("version").asLong());
        JsonNode updated = admin().put("/api/v1/series/" + id, withFirstOffset(changed, 1, "WEEKS")).json();
        assertThat(updated.get("name").asText()).isEqualTo("Разработка компании, вариант 2");
        assertThat(updated.get("steps").get(0).get("offset").get("unit").asText()).isEqualTo("WEEKS");
        assertThat(updated.get("version").asLong()).isEqualTo(2);
        assertThat(admin().put("/api/v1/series/" + id, changed).status()).as("the old version").isEqualTo(409);

        Response copy = admin().post("/api/v1/series/" + id + "/duplicate", Map.of());
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.json().get("name").asText()).isEqualTo("Разработка компании, вариант 2 (2)");
        assertThat(copy.json().get("steps")).hasSize(4);
        assertThat(admin().delete("/api/v1/series/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/series/" + id).status()).isEqualTo(404);

        JsonNode tab = admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items");
        assertThat(texts(tab, "date")).containsExactly("2003-09-05", "2003-09-08", "2003-09-12", "2003-10-06");
        assertThat(admin().get("/api/v1/series/" + id + "/runs").json().get("items").get(0).get("seriesName").asText())
                .isEqualTo("Разработка компании");
    }

    /** The manual's series (SPEC S3), with the offsets this project chose for its two meetings. */
    static Map<String, Object> companyDevelopment(String name) {
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(step("TODO", 10, "LOW", "Сбор информации о компании", 0, "DAYS", "NONE"));
        steps.add(step("CALL", 15, "MEDIUM", "Звонок после сбора информации", 2, "DAYS", "NEXT_MONDAY"));
        steps.add(step("MEETING", 60, "HIGH", "Встреча в офисе компании", 1, "WEEKS", "NEXT_MONDAY"));
        steps.add(step("MEETING", 60, "HIGH", "Встреча для подписания договора", 1, "MONTHS", "NEXT_MONDAY"));
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "From collecting information to signing the contract");
        body.put("steps", steps);
        return body;
    }

    private static Map<String, Object> step(String type, int minutes, String priority, String regarding, int amount, String unit,
            String weekendRule) {
        Map<String, Object> step = new HashMap<>();
        step.put("type", type);
        step.put("durationMinutes", minutes);
        step.put("priority", priority);
        step.put("regarding", regarding);
        step.put("offset", Map.of("amount", amount, "unit", unit));
        step.put("alarmMinutesBefore", null);
        step.put("weekendRule", weekendRule);
        return step;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withFirstOffset(Map<String, Object> series, int amount, String unit) {
        List<Map<String, Object>> steps = new ArrayList<>((List<Map<String, Object>>) series.get("steps"));
        Map<String, Object> first = new HashMap<>(steps.get(0));
        first.put("offset", Map.of("amount", amount, "unit", unit));
        steps.set(0, first);
        series.put("steps", steps);
        return series;
    }

    private static Map<String, Object> schedule(Map<String, Object> target, String startDate, boolean confirm) {
        Map<String, Object> body = new HashMap<>();
        body.put("target", target);
        body.put("startDate", startDate);
        body.put("confirm", confirm);
        return body;
    }

    private static String contact(ApiClient client, String company, String firstName, String lastName) {
        return client.post("/api/v1/contacts", Map.of("company", company, "firstName", firstName, "lastName", lastName)).id();
    }

    private static List<String> texts(JsonNode items, String property) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get(property).asText()).toList();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
        assertThat(response.json().get("fields").get(field).asText()).isNotBlank();
    }
}
