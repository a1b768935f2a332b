package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.ACTIVITY_SERIES;
import static org.svyaz.schema.Tables.HISTORY_ITEM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Scheduling, changing, clearing and erasing activities over the REST API (API.md, "Activities"). */
class ActivityApiTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Test
    void schedulesACallAsApiMdWritesIt() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        User zdv = data.user("zdv", Role.MANAGER);
        Map<String, Object> body = call("2003-09-05", "14:30", barney);
        body.put("details", "Prices for 2004");
        body.put("priority", "HIGH");
        body.put("color", "#3366ff");
        body.put("alarmMinutesBefore", 15);
        body.put("scheduledFor", zdv.userName());
        Response created = admin().post("/api/v1/activities", body);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/activities/" + created.id());
        JsonNode activity = admin().get("/api/v1/activities/" + created.id()).json();
        assertThat(activity.get("type").asText()).isEqualTo("CALL");
        assertThat(activity.get("date").asText()).isEqualTo("2003-09-05");
        assertThat(activity.get("time").asText()).isEqualTo("14:30");
        assertThat(activity.get("durationMinutes").asInt()).isEqualTo(30);
        assertThat(activity.get("contactIds").get(0).asText()).isEqualTo(barney);
        assertThat(activity.get("regarding").asText()).isEqualTo("Send the price list");
        assertThat(activity.get("details").asText()).isEqualTo("Prices for 2004");
        assertThat(activity.get("priority").asText()).isEqualTo("HIGH");
        assertThat(activity.get("color").asText()).isEqualTo("#3366ff");
        assertThat(activity.get("alarmMinutesBefore").asInt()).isEqualTo(15);
        assertThat(activity.get("scheduledFor").asText()).isEqualTo(zdv.userName());
        assertThat(activity.get("scheduledBy").asText()).isEqualTo("admin");
        assertThat(activity.get("private").asBoolean()).isFalse();
        assertThat(activity.get("cleared").asBoolean()).isFalse();
        assertThat(activity.get("conflicts")).isEmpty();
        assertThat(activity.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void takesTheTypesDefaultDurationAndStoresTheGroupAsGiven() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        Map<String, Object> body = call("2003-09-05", null, barney);
        body.remove("durationMinutes");
        body.put("type", "MEETING");
        body.put("groupId", group);
        JsonNode meeting = admin().post("/api/v1/activities", body).json();
        assertThat(meeting.get("durationMinutes").asInt()).isEqualTo(60);
        assertThat(meeting.get("time").isNull()).isTrue();
        assertThat(meeting.get("groupId").asText()).isEqualTo(group);
    }

    @Test
    void aPersonalActivityWithoutContactsIsWithTheOwnersMyRecord() {
        String myRecord = admin().get("/api/v1/me").json().get("myRecordId").asText();
        Map<String, Object> body = call("2003-09-05", "09:00");
        JsonNode todo = admin().post("/api/v1/activities", body).json();
        assertThat(todo.get("contactIds").get(0).asText()).isEqualTo(myRecord);
    }

    @Test
    void warnsOfOverlapsWithTheSameUsersTimedActivitiesButSaves() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String first = admin().post("/api/v1/activities", call("2003-09-05", "14:00", barney)).id();
        admin().post("/api/v1/activities", call("2003-09-05", null, barney));
        User other = data.user("other", Role.STANDARD);
        api(other).post("/api/v1/activities", call("2003-09-05", "14:00"));

        Response overlapping = admin().post("/api/v1/activities", call("2003-09-05", "14:15", barney));
        assertThat(overlapping.status()).isEqualTo(201);
        assertThat(ids(overlapping.json().get("conflicts"))).containsExactly(first);
        Response after = admin().post("/api/v1/activities", call("2003-09-05", "14:40", barney));
        assertThat(ids(after.json().get("conflicts"))).containsExactly(overlapping.id());
        assertThat(ids(admin().get("/api/v1/activities/" + first).json().get("conflicts"))).containsExactly(overlapping.id());
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(5);
    }

    @Test
    void refusesBadInputWithAClearMessageAndWritesNothing() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        assertRefused(with(call("2003-09-05", "14:00", barney), "endTime", "13:00"), "endTime");
        assertRefused(with(call("2003-09-05", "14:00", barney), "durationMinutes", -5), "durationMinutes");
        assertRefused(with(call("2003-09-05", "14:00", barney), "durationMinutes", 31 * 24 * 60 + 1), "durationMinutes");
        assertRefused(with(call("2003-09-05", "14:00", barney), "date", "10000-01-01"), "date");
        assertRefused(with(call("9999-12-31", "23:50", barney), "durationMinutes", 60), "date");
        assertRefused(with(call("2003-09-05", "14:00", barney), "alarmMinutesBefore", 30 * 24 * 60 + 1), "alarmMinutesBefore");
        assertRefused(with(call("2003-09-05", "14:00", barney), "scheduledFor", "nobody"), "scheduledFor");
        assertRefused(with(call("2003-09-05", "14:00", barney), "contactIds", List.of(UUID.randomUUID().toString())), "contactIds");
        assertRefused(with(call("2003-09-05", "14:00", barney), "type", "PICNIC"), "type");
        assertRefused(with(call("2003-09-05", "14:00", barney), "regarding", " "), "regarding");
        assertRefused(with(call("2003-09-05", "14:00", barney), "color", "blue"), "color");
        assertRefused(with(call("2003-09-05", "25:00", barney), "priority", "HIGH"), "time");
        assertRefused(with(call("2003-09-05", "14:00", barney), "mood", "good"), "mood");
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT)).isZero();
    }

    @Test
    void onlyAdministratorsManagersAndThoseTheCalendarIsSharedWithScheduleForOthers() {
        User standard = data.user("standard", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        User browse = data.user("browse", Role.BROWSE);
        Response refused = api(standard).post("/api/v1/activities", with(call("2003-09-05", "10:00"), "scheduledFor", manager.userName()));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).contains("administrators, managers");
        assertThat(api(browse).post("/api/v1/activities", call("2003-09-05", "10:00")).status()).isEqualTo(403);
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();

        Response planned = api(manager).post("/api/v1/activities", with(call("2003-09-05", "10:00"), "scheduledFor", standard.userName()));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.json().get("scheduledFor").asText()).isEqualTo(standard.userName());
        assertThat(planned.json().get("scheduledBy").asText()).isEqualTo(manager.userName());
        assertThat(api(standard).post("/api/v1/activities", call("2003-09-05", "11:00")).status()).isEqualTo(201);
    }

    @Test
    void clearingWritesOneHistoryItemToEachContactAndCannotBeRepeated() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String apu = contact(admin(), "Kwik-e-mart", "Nahasapeemapetilon");
        String activity = admin().post("/api/v1/activities", call("2003-09-05", "14:00", barney, apu)).id();

        Response cleared = admin().post("/api/v1/activities/" + activity + "/clear", Map.of("result", "COMPLETED",
                "notes", "He will order in October"));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("cleared").asBoolean()).isTrue();
        assertThat(cleared.json().get("result").asText()).isEqualTo("COMPLETED");
        for (String contact : List.of(barney, apu)) {
            JsonNode items = admin().get("/api/v1/contacts/" + contact + "/history?kind=ACTIVITY_CLEARED").json().get("items");
            assertThat(items).hasSize(1);
            assertThat(items.get(0).get("regarding").asText()).isEqualTo("Send the price list");
            assertThat(items.get(0).get("details").asText()).isEqualTo("He will order in October");
            assertThat(items.get(0).get("activityType").asText()).isEqualTo("CALL");
            assertThat(items.get(0).get("result").asText()).isEqualTo("COMPLETED");
            assertThat(items.get(0).get("user").asText()).isEqualTo("admin");
        }

        Response again = admin().post("/api/v1/activities/" + activity + "/clear", Map.of("result", "OTHER"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).contains("cleared already");
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isEqualTo(2);
        assertThat(admin().get("/api/v1/activities/" + activity).json().get("result").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void twoClearingsAtOnceWriteTheHistoryOnce() throws Exception {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String activity = admin().post("/api/v1/activities", call("2003-09-05", "14:00", barney)).id();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> clear = () -> admin().post("/api/v1/activities/" + activity + "/clear",
                    Map.of("result", "COMPLETED")).status();
            List<Integer> statuses = new ArrayList<>();
            for (var answer : pool.invokeAll(List.of(clear, clear))) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).anyMatch(status -> status == 400 || status == 409);
        } finally {
            pool.shutdown();
        }
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isEqualTo(1);
    }

    @Test
    void acceptsEveryResultAndRefusesAnUnknownOne() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        for (String result : List.of("COMPLETED", "NOT_COMPLETED", "LEFT_MESSAGE", "OTHER")) {
            String activity = admin().post("/api/v1/activities", call("2003-09-05", null, barney)).id();
            assertThat(admin().post("/api/v1/activities/" + activity + "/clear", Map.of("result", result)).status()).isEqualTo(200);
        }
        String activity = admin().post("/api/v1/activities", call("2003-09-05", null, barney)).id();
        assertRefused(admin().post("/api/v1/activities/" + activity + "/clear", Map.of("result", "MAYBE")), "result");
        assertRefused(admin().post("/api/v1/activities/" + activity + "/clear", Map.of("notes", "no result")), "result");
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isEqualTo(4);
    }

    @Test
    void erasingRemovesWithoutHistory() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String activity = admin().post("/api/v1/activities", call("2003-09-05", "14:00", barney)).id();
        assertThat(admin().delete("/api/v1/activities/" + activity).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/activities/" + activity).status()).isEqualTo(404);
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isZero();
        assertThat(dsl.fetchCount(ACTIVITY_CONTACT)).isZero();
    }

    @Test
    void patchChangesOnlyWhatIsSentAndRefusesAStaleVersion() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String activity = admin().post("/api/v1/activities", call("2003-09-05", "14:00", barney)).id();
        Response changed = admin().patch("/api/v1/activities/" + activity, Map.of("date", "2003-09-08", "version", 1));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("date").asText()).isEqualTo("2003-09-08");
        assertThat(changed.json().get("time").asText()).isEqualTo("14:00");
        assertThat(changed.json().get("regarding").asText()).isEqualTo("Send the price list");
        assertThat(changed.json().get("version").asLong()).isEqualTo(2);

        Map<String, Object> timeless = new HashMap<>();
        timeless.put("time", null);
        assertThat(admin().patch("/api/v1/activities/" + activity, timeless).json().get("time").isNull()).isTrue();

        Response stale = admin().patch("/api/v1/activities/" + activity, Map.of("regarding", "Other", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/activities/" + activity).json().get("regarding").asText()).isEqualTo("Send the price list");
    }

    @Test
    void anotherUsersPrivateActivityIsBusyInListsAndUnknownById() {
        User owner = data.user("owner", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        Map<String, Object> body = with(call("2003-09-05", "14:00", barney), "private", true);
        body.put("details", "Secret discount");
        String secret = api(owner).post("/api/v1/activities", body).id();

        assertThat(api(owner).get("/api/v1/activities/" + secret).json().get("details").asText()).isEqualTo("Secret discount");
        for (ApiClient other : List.of(api(manager), admin())) {
            assertThat(other.get("/api/v1/activities/" + secret).status()).isEqualTo(404);
            assertThat(other.patch("/api/v1/activities/" + secret, Map.of("regarding", "x")).status()).isEqualTo(404);
            assertThat(other.post("/api/v1/activities/" + secret + "/clear", Map.of("result", "COMPLETED")).status()).isEqualTo(404);
            assertThat(other.delete("/api/v1/activities/" + secret).status()).isEqualTo(404);
        }
        JsonNode seenByManager = api(manager).get("/api/v1/activities?user=" + owner.userName()).json().get("items").get(0);
        assertThat(seenByManager.get("busy").asBoolean()).isTrue();
        assertThat(seenByManager.get("regarding").asText()).isEmpty();
        assertThat(seenByManager.get("details").asText()).isEmpty();
        assertThat(seenByManager.get("contactIds")).isEmpty();
        assertThat(seenByManager.get("date").asText()).isEqualTo("2003-09-05");
        assertThat(api(manager).get("/api/v1/activities?user=all").text()).doesNotContain("Secret", "Send the price list", barney);
        assertThat(api(manager).get("/api/v1/contacts/" + barney + "/activities").json().get("items")).isEmpty();
    }

    @Test
    void standardUsersSeeTheirOwnTaskListOnly() {
        User standard = data.user("standard", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        api(colleague).post("/api/v1/activities", call("2003-09-05", "10:00"));
        api(standard).post("/api/v1/activities", call("2003-09-05", "10:00"));
        assertThat(api(standard).get("/api/v1/activities").json().get("total").asLong()).isEqualTo(1);
        assertThat(api(standard).get("/api/v1/activities?user=" + colleague.userName()).status()).isEqualTo(403);
        assertThat(api(standard).get("/api/v1/activities?user=all").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/activities?user=all").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void filtersTheTaskListByDatesTypePriorityAndClearing() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String call = admin().post("/api/v1/activities", with(call("2003-09-05", "10:00", barney), "priority", "HIGH")).id();
        admin().post("/api/v1/activities", with(call("2003-09-06", "10:00", barney), "type", "MEETING"));
        String todo = admin().post("/api/v1/activities", with(call("2003-09-20", null, barney), "type", "TODO")).id();
        admin().post("/api/v1/activities/" + todo + "/clear", Map.of("result", "COMPLETED"));

        assertThat(total("/api/v1/activities")).isEqualTo(2);
        assertThat(total("/api/v1/activities?includeCleared=true")).isEqualTo(3);
        assertThat(total("/api/v1/activities?from=2003-09-06&to=2003-09-30&includeCleared=true")).isEqualTo(2);
        assertThat(total("/api/v1/activities?type=CALL,TODO&includeCleared=true")).isEqualTo(2);
        assertThat(total("/api/v1/activities?priority=HIGH")).isEqualTo(1);
        assertThat(total("/api/v1/activities?range=PAST_DUE&includeCleared=true")).isEqualTo(2);
        JsonNode sorted = admin().get("/api/v1/activities?includeCleared=true&sort=date:desc").json().get("items");
        assertThat(sorted.get(0).get("id").asText()).isEqualTo(todo);
        assertThat(sorted.get(2).get("id").asText()).isEqualTo(call);
        JsonNode firstPage = admin().get("/api/v1/activities?includeCleared=true&limit=2").json();
        assertThat(firstPage.get("items")).hasSize(2);
        JsonNode secondPage = admin().get("/api/v1/activities?includeCleared=true&limit=2&after=" + firstPage.get("next").asText()).json();
        assertThat(ids(secondPage.get("items").findValues("id"))).containsExactly(todo);
        assertThat(secondPage.get("next").isNull()).isTrue();
    }

    @Test
    void aRecurringSeriesIsClearedPerOccurrenceAndChangedAsAWhole() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        Map<String, Object> body = call("2003-09-01", "09:00", barney);
        body.put("recurrence", Map.of("frequency", "WEEKLY", "every", 1, "weekdays", List.of("MONDAY", "WEDNESDAY"),
                "until", "2003-09-30"));
        Response created = admin().post("/api/v1/activities", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> dates = dates(admin().get("/api/v1/activities").json().get("items"));
        assertThat(dates).containsExactly("2003-09-01", "2003-09-03", "2003-09-08", "2003-09-10", "2003-09-15", "2003-09-17",
                "2003-09-22", "2003-09-24", "2003-09-29");

        admin().post("/api/v1/activities/" + created.id() + "/clear", Map.of("result", "COMPLETED"));
        assertThat(total("/api/v1/activities")).isEqualTo(8);
        String second = admin().get("/api/v1/activities").json().get("items").get(0).get("id").asText();
        Response series = admin().patch("/api/v1/activities/" + second, Map.of("time", "11:00", "regarding", "Weekly call",
                "date", "2003-09-04", "applyTo", "SERIES"));
        assertThat(series.status()).as(series.toString()).isEqualTo(200);
        JsonNode open = admin().get("/api/v1/activities").json().get("items");
        assertThat(dates(open)).containsExactly("2003-09-04", "2003-09-09", "2003-09-11", "2003-09-16", "2003-09-18",
                "2003-09-23", "2003-09-25", "2003-09-30");
        open.forEach(item -> {
            assertThat(item.get("time").asText()).isEqualTo("11:00");
            assertThat(item.get("regarding").asText()).isEqualTo("Weekly call");
        });
        JsonNode first = admin().get("/api/v1/activities/" + created.id()).json();
        assertThat(first.get("time").asText()).isEqualTo("09:00");

        String third = open.get(1).get("id").asText();
        admin().patch("/api/v1/activities/" + third, Map.of("regarding", "Only this one"));
        assertThat(admin().get("/api/v1/activities").text()).containsOnlyOnce("Only this one");

        assertThat(admin().delete("/api/v1/activities/" + third + "?applyTo=SERIES").status()).isEqualTo(204);
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
        assertThat(dsl.fetchCount(ACTIVITY_SERIES)).isZero();
    }

    @Test
    void refusesASeriesWithoutAnEndOrWithTooManyOccurrences() {
        Map<String, Object> endless = call("2003-09-01", "09:00");
        endless.put("recurrence", Map.of("frequency", "DAILY"));
        assertRefused(endless, "recurrence.until");
        Map<String, Object> huge = call("2003-09-01", "09:00");
        huge.put("recurrence", Map.of("frequency", "DAILY", "until", "2010-01-01"));
        Response refused = admin().post("/api/v1/activities", huge);
        assertRefused(refused, "recurrence.until");
        assertThat(refused.json().get("error").asText()).contains("1,000");
        Map<String, Object> counted = call("2003-09-01", "09:00");
        counted.put("recurrence", Map.of("frequency", "MONTHLY", "count", 3));
        assertThat(admin().post("/api/v1/activities", counted).status()).isEqualTo(201);
        assertThat(dates(admin().get("/api/v1/activities").json().get("items"))).containsExactly("2003-09-01", "2003-10-01",
                "2003-11-01");
        assertThat(dsl.fetchCount(ACTIVITY)).isEqualTo(3);
    }

    @Test
    void administratorsAddActivityTypesOthersOnlyReadThem() {
        User standard = data.user("standard", Role.STANDARD);
        Response added = admin().post("/api/v1/admin/activity-types", Map.of("name", "Product demo", "color", "#aa00aa",
                "defaultDuration", 45, "defaultAlarm", 30));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().get("code").asText()).isEqualTo("PRODUCT_DEMO");
        assertThat(api(standard).post("/api/v1/admin/activity-types", Map.of("name", "Lunch")).status()).isEqualTo(403);
        assertThat(api(standard).get("/api/v1/activity-types").json().findValuesAsText("code"))
                .containsExactly("CALL", "MEETING", "TODO", "PRODUCT_DEMO");

        Map<String, Object> demo = call("2003-09-05", "10:00");
        demo.put("type", "PRODUCT_DEMO");
        demo.remove("durationMinutes");
        demo.remove("color");
        JsonNode scheduled = api(standard).post("/api/v1/activities", demo).json();
        assertThat(scheduled.get("durationMinutes").asInt()).isEqualTo(45);
        assertThat(scheduled.get("color").asText()).isEqualTo("#aa00aa");
        assertThat(admin().delete("/api/v1/admin/activity-types/" + added.id()).status()).isEqualTo(403);
        assertRefused(admin().post("/api/v1/admin/activity-types", Map.of("name", "Product demo")), "code");
    }

    @Test
    void deletingAContactTakesItOutOfItsActivities() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String apu = contact(admin(), "Kwik-e-mart", "Nahasapeemapetilon");
        String meeting = admin().post("/api/v1/activities", call("2003-09-05", "10:00", barney, apu)).id();
        assertThat(admin().delete("/api/v1/contacts/" + apu).status()).isEqualTo(204);
        assertThat(ids(admin().get("/api/v1/activities/" + meeting).json().get("contactIds"))).containsExactly(barney);
        JsonNode tab = admin().get("/api/v1/contacts/" + barney + "/activities?includeCleared=true").json();
        assertThat(tab.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void keywordSearchFindsActivityTextsButNeverAnotherUsersPrivateOnes() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.STANDARD);
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String moe = contact(admin(), "Moe's Tavern", "Szyslak");
        api(owner).post("/api/v1/activities", with(call("2003-09-05", "10:00", barney), "regarding", "Квартальный прайс-лист"));
        Map<String, Object> secret = with(call("2003-09-05", "11:00", moe), "private", true);
        secret.put("details", "Переговоры о слиянии");
        api(owner).post("/api/v1/activities", secret);

        assertThat(lookupLastNames(api(other), "квартальный")).containsExactly("Giverts");
        assertThat(lookupLastNames(api(other), "слиянии")).isEmpty();
        assertThat(lookupLastNames(api(owner), "слиянии")).containsExactly("Szyslak");
    }

    private static List<String> lookupLastNames(ApiClient client, String keyword) {
        Response found = client.post("/api/v1/contacts/lookup", Map.of("keyword", keyword));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("items").findValuesAsText("lastName");
    }

    private long total(String path) {
        Response response = admin().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("total").asLong();
    }

    private void assertRefused(Map<String, Object> body, String field) {
        assertRefused(admin().post("/api/v1/activities", body), field);
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
        assertThat(response.json().get("error").asText()).isNotBlank();
    }

    static Map<String, Object> call(String date, String time, String... contactIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "CALL");
        body.put("date", date);
        body.put("time", time);
        body.put("durationMinutes", 30);
        body.put("contactIds", List.of(contactIds));
        body.put("regarding", "Send the price list");
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        body.put(key, value);
        return body;
    }

    static String contact(ApiClient client, String company, String lastName) {
        Response created = client.post("/api/v1/contacts", Map.of("company", company, "lastName", lastName));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> ids(List<JsonNode> values) {
        return values.stream().map(JsonNode::asText).toList();
    }

    private static List<String> dates(JsonNode items) {
        List<String> dates = new ArrayList<>();
        items.forEach(item -> dates.add(item.get("date").asText()));
        return dates;
    }
}
