package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.call;
import static org.svyaz.activities.ActivityApiTests.contact;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.shell.DisplayTime;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** The Schedule Activity dialog, the task list, the contact's Activities tab and the types page, as pages. */
class ActivityPageTests extends SvyazTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Autowired
    TestClock clock;

    @Autowired
    DisplayTime time;

    @Test
    void schedulesFromTheContactWindowAndWarnsOfAnOverlapBeforeSaving() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Page contact = page.get("/contacts/" + barney);
        assertThat(contact.html().select("#schedule-CALL, #schedule-MEETING, #schedule-TODO")).hasSize(3);

        Page dialog = page.get(contact.html().selectFirst("#schedule-CALL").attr("href"));
        assertThat(dialog.html().selectFirst("#activity-type option[selected]").val()).isEqualTo("CALL");
        assertThat(dialog.html().selectFirst("#activity-date").val()).isEqualTo(TODAY.toString());
        assertThat(dialog.html().select("#chosen-contacts input[checked]").val()).isEqualTo(barney);
        assertThat(dialog.html().select("#regarding-options option")).isNotEmpty();

        Page saved = page.submit("/activities/new", form(barney, "10:00", "Discuss the terms"));
        assertThat(saved.url()).isEqualTo("/contacts/" + barney);
        assertThat(saved.text("#activity-message")).isEqualTo("The activity was scheduled.");
        assertThat(saved.html().selectFirst("#activity-conflict")).isNull();

        // the first Save names what it clashes with and saves nothing; "Save anyway" saves it
        Page warned = page.submit("/activities/new", form(barney, "1015", "Send the price list"));
        assertThat(warned.html().select("#activity-overlap-warning .activity-overlap").eachText())
                .containsExactly("Call «Discuss the terms», 10.03.2026 10:00–10:30");
        assertThat(warned.text("#activity-save")).isEqualTo("Save anyway");
        assertThat(warned.html().selectFirst("#activity-regarding").val()).isEqualTo("Send the price list");
        assertThat(admin().get("/api/v1/activities?user=all").json().get("total").asLong()).isEqualTo(1);
        Map<String, String> anyway = form(barney, "1015", "Send the price list");
        anyway.put("overlapsSeen", warned.html().selectFirst("#activity-overlap-warning input[name=overlapsSeen]").val());
        Page overlapping = page.submit("/activities/new", anyway);
        assertThat(overlapping.url()).isEqualTo("/contacts/" + barney);
        assertThat(overlapping.text("#activity-conflict")).contains("overlaps 1 other");
        Page tab = page.htmxGet("/contacts/" + barney + "/activities");
        assertThat(tab.html().select(".activity-row .activity-regarding").eachText())
                .containsExactly("Discuss the terms", "Send the price list");
        assertThat(tab.html().select(".activity-row .activity-time").eachText()).containsExactly("10:00", "10:15");
    }

    @Test
    void theDialogChecksOverlapsAsTheTimeChangesLeavingOutTheActivityBeingChanged() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String call = admin().post("/api/v1/activities", call(TODAY.toString(), "10:00", barney)).id();
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page clash = page.htmxGet("/activities/overlaps?date=2026-03-10&time=10:20&durationMinutes=15&scheduledFor=admin");
        Page free = page.htmxGet("/activities/overlaps?date=2026-03-10&time=10:30&durationMinutes=15&scheduledFor=admin");
        Page itself = page.htmxGet("/activities/overlaps?date=2026-03-10&time=10:20&durationMinutes=15&scheduledFor=admin&except=" + call);
        Page halfTyped = page.htmxGet("/activities/overlaps?date=2026-03-10&time=10&durationMinutes=15&scheduledFor=admin");

        assertThat(clash.html().select(".activity-overlap").eachText()).containsExactly("Call «Send the price list», 10.03.2026 10:00–10:30");
        assertThat(clash.html().selectFirst("input[name=overlapsSeen]").val()).isEqualTo(call);
        assertThat(free.html().select("#activity-overlap-warning")).isEmpty();
        assertThat(itself.html().select("#activity-overlap-warning")).isEmpty();
        assertThat(halfTyped.status()).isEqualTo(200);
        assertThat(halfTyped.html().select("#activity-overlap-warning")).isEmpty();
        Page dialog = page.get("/activities/new?date=2026-03-10&time=10:00");
        assertThat(dialog.html().selectFirst("#activity-overlaps").attr("hx-get")).isEqualTo("/activities/overlaps");
        assertThat(page.get("/activities/" + call + "/edit").html().selectFirst("#activity-overlaps").attr("hx-get"))
                .isEqualTo("/activities/overlaps?except=" + call);
    }

    @Test
    void opensAnActivityAsAWindowAndKeepsACleardOneReadOnlyUnlessEditClearedIsChosen() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String id = admin().post("/api/v1/activities", call(TODAY.toString(), "10:00", barney)).id();
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page open = page.get("/activities/" + id + "?returnTo=/calendar");
        assertThat(open.text("#activity-window-regarding")).isEqualTo("Send the price list");
        assertThat(open.text("#activity-window-time")).isEqualTo("10:00");
        assertThat(open.text("#activity-window-contacts")).isEqualTo("Giverts");
        assertThat(open.html().selectFirst("#activity-window-edit").attr("href")).isEqualTo("/activities/" + id + "/edit?returnTo=/calendar");
        assertThat(open.html().selectFirst("#activity-window-clear").attr("href")).isEqualTo("/activities/" + id + "/clear?returnTo=/calendar");
        assertThat(open.html().selectFirst("#activity-window-open-contact").attr("href")).isEqualTo("/contacts/" + barney);
        assertThat(open.html().select("#activity-window-delete")).hasSize(1);
        assertThat(open.html().select("#activity-window-edit-cleared")).isEmpty();
        assertThat(page.get("/tasks?apply=1&range=ALL").html().selectFirst(".activity-row .activity-open").attr("href"))
                .isEqualTo("/activities/" + id + "?returnTo=/tasks");

        admin().post("/api/v1/activities/" + id + "/clear", Map.of("result", "COMPLETED", "notes", "He will order in October"));
        Page cleared = page.get("/activities/" + id);
        assertThat(cleared.text("#activity-window-result")).contains("Completed", "He will order in October");
        assertThat(cleared.html().select("#activity-window-edit, #activity-window-clear")).isEmpty();
        assertThat(cleared.html().select("#activity-window-read-only, #activity-window-edit-cleared")).hasSize(2);
        assertThat(page.get("/activities/" + id + "/edit").url()).isEqualTo("/activities/" + id);

        Map<String, String> changed = form(barney, "10:00", "Send the October price list");
        changed.put("version", String.valueOf(admin().get("/api/v1/activities/" + id).json().get("version").asLong()));
        Page refused = page.submit("/activities/" + id + "/edit", changed);
        assertThat(refused.text("#activity-errors")).isEqualTo("This activity was cleared and is read-only; choose Edit cleared to change it.");
        assertThat(admin().get("/api/v1/activities/" + id).json().get("regarding").asText()).isEqualTo("Send the price list");

        Page editCleared = page.get(cleared.html().selectFirst("#activity-window-edit-cleared").attr("href"));
        assertThat(editCleared.text("#activity-form-title")).isEqualTo("Edit cleared activity");
        changed.put("editCleared", editCleared.html().selectFirst("input[name=editCleared]").val());
        Page saved = page.submit("/activities/" + id + "/edit", changed);
        assertThat(saved.text("#activity-message")).isEqualTo("The activity was changed.");
        assertThat(admin().get("/api/v1/activities/" + id).json().get("regarding").asText()).isEqualTo("Send the October price list");
        var history = admin().get("/api/v1/contacts/" + barney + "/history").json().get("items");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("regarding").asText()).isEqualTo("Send the October price list");
        assertThat(history.get(0).get("result").asText()).isEqualTo("COMPLETED");
        assertThat(admin().get("/api/v1/activities/" + id).json().get("cleared").asBoolean()).isTrue();

        // today's cleared ones show when asked for, those of days before never: those days show what is past due
        String earlier = admin().post("/api/v1/activities", call(TODAY.minusDays(2).toString(), "10:00", barney)).id();
        admin().post("/api/v1/activities/" + earlier + "/clear", Map.of("result", "COMPLETED"));
        assertThat(page.get("/tasks?apply=1&range=TODAY_AND_PAST_DUE&showCleared=true").html().select(".activity-row").eachAttr("id"))
                .containsExactly("activity-" + id);
        assertThat(page.get("/tasks?apply=1&range=TODAY_AND_PAST_DUE").html().select(".activity-row")).isEmpty();
    }

    @Test
    void thePlannersUserFilterListsUsersByFullNameToTick() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        User manager = data.user("manager", Role.MANAGER);
        admin().post("/api/v1/admin/users", Map.of("userName", "akuz", "password", TestData.PASSWORD, "fullName", "Anna Kuznetsova",
                "role", "STANDARD"));
        PageClient page = PageClient.loggedIn(port, manager.userName(), TestData.PASSWORD);

        Page list = page.get("/tasks?apply=1&range=ALL&who=selected&user=akuz");

        Element anna = list.html().selectFirst("#filter-users input.filter-user[value=akuz]");
        assertThat(anna.hasAttr("checked")).isTrue();
        assertThat(list.html().selectFirst("label[for=" + anna.id() + "]").text()).isEqualTo("Anna Kuznetsova");
        assertThat(list.html().select("#filter-users input.filter-user").eachAttr("type")).containsOnly("checkbox");
        assertThat(list.text("#filter-users-toggle")).isEqualTo("Users chosen: 1");
        assertThat(list.html().selectFirst("#filter-who option[selected]").val()).isEqualTo("selected");
    }

    @Test
    void schedulesAWeeklySeriesAndChangesItAsAWholeFromTheDialog() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Map<String, String> weekly = form(barney, "09:00", "Weekly call");
        weekly.put("frequency", "WEEKLY");
        weekly.put("count", "4");
        weekly.put("date", "2026-03-09");
        page.submit("/activities/new", weekly);
        Page all = page.get("/tasks?apply=1&range=ALL");
        assertThat(all.html().select(".activity-date").eachText()).containsExactly("09.03.2026", "16.03.2026", "23.03.2026",
                "30.03.2026");

        Page edit = page.get(all.html().select(".activity-reschedule").get(1).attr("href"));
        assertThat(edit.html().select("input[name=applyTo]")).hasSize(2);
        Map<String, String> changed = form(barney, "11:30", "Weekly call, new time");
        changed.put("date", "2026-03-16");
        changed.put("applyTo", "SERIES");
        changed.put("version", edit.html().selectFirst("input[name=version]").val());
        changed.put("returnTo", "/tasks");
        Page after = page.submit(edit.html().selectFirst("#activity-form").attr("action"), changed);
        assertThat(after.text("#activity-message")).isEqualTo("The activity was changed.");
        assertThat(after.html().select(".activity-time").eachText()).containsExactly("11:30", "11:30", "11:30", "11:30");
        assertThat(after.html().select(".activity-regarding").eachText()).containsOnly("Weekly call, new time");
    }

    @Test
    void showsFormErrorsAndKeepsWhatWasTyped() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Map<String, String> bad = form(barney, "25:99", "");
        Page refused = page.submit("/activities/new", bad);
        assertThat(refused.html().select("#activity-errors div").eachText()).contains("Enter a time as HH:mm.");
        assertThat(refused.html().selectFirst("#activity-time").val()).isEqualTo("25:99");
        assertThat(admin().get("/api/v1/activities?user=all").json().get("total").asLong()).isZero();
    }

    @Test
    void theTaskListFiltersByTodayRemembersTheFilterAndClearsFromARow() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        User zdv = data.user("zdv", Role.STANDARD);
        String barney = contact(api(zdv), "Kwik-e-mart", "Giverts");
        api(zdv).post("/api/v1/activities", call(TODAY.toString(), "10:00", barney));
        api(zdv).post("/api/v1/activities", call(TODAY.plusDays(1).toString(), "10:00", barney));
        api(zdv).post("/api/v1/activities", call(TODAY.minusDays(3).toString(), null, barney));
        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);

        Page firstVisit = page.get("/tasks");
        assertThat(firstVisit.html().selectFirst("#filter-range option[selected]").val()).isEqualTo("TODAY_AND_PAST_DUE");
        assertThat(firstVisit.html().select(".activity-date").eachText()).containsExactly("07.03.2026", "10.03.2026");
        assertThat(firstVisit.html().select(".activity-row").get(0).hasClass("activity-past-due")).isTrue();
        assertThat(firstVisit.html().select(".activity-row").get(0).select(".activity-past-due-marker").text()).isEqualTo("Past due");
        assertThat(firstVisit.html().select(".activity-row").get(1).hasClass("activity-past-due")).isFalse();
        assertThat(firstVisit.html().select(".activity-row").get(1).select(".activity-past-due-marker")).isEmpty();
        Page today = page.get("/tasks?apply=1&range=TODAY");
        assertThat(today.text("#task-count")).isEqualTo("1 activity");
        assertThat(page.get("/tasks?apply=1&range=THIS_WEEK").text("#task-count")).isEqualTo("2 activities");
        assertThat(page.get("/tasks?apply=1&range=PAST_DUE").text("#task-count")).isEqualTo("1 activity");
        assertThat(page.get("/tasks?apply=1&range=TOMORROW").text("#task-count")).isEqualTo("1 activity");
        Page remembered = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD).get("/tasks");
        assertThat(remembered.html().selectFirst("#filter-range option[selected]").val()).isEqualTo("TOMORROW");

        Page all = page.get("/tasks?apply=1&range=ALL&showCleared=true");
        assertThat(all.html().select(".activity-date").eachText()).containsExactly("07.03.2026", "10.03.2026", "11.03.2026");
        Page byDateDesc = page.get("/tasks?sort=date&desc=true");
        assertThat(byDateDesc.html().select(".activity-date").eachText()).containsExactly("11.03.2026", "10.03.2026", "07.03.2026");

        Element clearLink = byDateDesc.html().selectFirst(".activity-row .activity-clear");
        Page clearForm = page.get(clearLink.attr("href"));
        Map<String, String> clear = new HashMap<>();
        clear.put("result", "LEFT_MESSAGE");
        clear.put("notes", "Voicemail");
        clear.put("returnTo", clearForm.html().selectFirst("input[name=returnTo]").val());
        Page afterClear = page.submit(clearForm.html().selectFirst("#clear-form").attr("action"), clear);
        assertThat(afterClear.url()).isEqualTo("/tasks");
        assertThat(afterClear.html().select(".activity-cleared")).hasSize(1);
        assertThat(afterClear.html().selectFirst(".activity-cleared .activity-regarding").text()).contains("Left message");
    }

    @Test
    void anotherUsersPrivateActivityIsBusyInTheTaskList() {
        User owner = data.user("owner", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        Map<String, Object> secret = call("2026-03-10", "10:00");
        secret.put("private", true);
        secret.put("regarding", "Job interview");
        api(owner).post("/api/v1/activities", secret);
        PageClient page = PageClient.loggedIn(port, manager.userName(), TestData.PASSWORD);
        Page list = page.get("/tasks?apply=1&range=ALL&who=all");
        assertThat(list.text("#task-count")).isEqualTo("1 activity");
        assertThat(list.html().selectFirst(".activity-regarding").text()).isEqualTo("Busy");
        assertThat(list.html().text()).doesNotContain("Job interview");
        assertThat(list.html().select(".activity-clear")).isEmpty();
    }

    @Test
    void aManagerShowingClearedActivitiesSeesAnotherUsersClearedPrivateOneAsBusy() {
        User owner = data.user("owner", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        Map<String, Object> secret = call("2026-03-10", "10:00");
        secret.put("private", true);
        secret.put("regarding", "Job interview");
        String id = api(owner).post("/api/v1/activities", secret).id();
        assertThat(api(owner).post("/api/v1/activities/" + id + "/clear", Map.of("result", "COMPLETED", "notes", "Got the job"))
                .status()).isEqualTo(200);
        PageClient page = PageClient.loggedIn(port, manager.userName(), TestData.PASSWORD);

        Page list = page.get("/tasks?apply=1&range=ALL&who=all&showCleared=true");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text("#task-count")).isEqualTo("1 activity");
        assertThat(list.html().selectFirst(".activity-regarding").text()).isEqualTo("Busy Cleared");
        assertThat(list.html().text()).doesNotContain("Job interview", "Got the job", "Completed");
    }

    @Test
    void aCustomRangeThatEndsBeforeItStartsIsSaidOnTheFormInTheUsersLanguage() {
        User ivan = data.user("ivan", Role.STANDARD, org.svyaz.users.Language.RU);
        PageClient english = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient russian = PageClient.loggedIn(port, ivan.userName(), TestData.PASSWORD);

        Page refused = english.get("/tasks?apply=1&range=CUSTOM&from=2026-03-20&to=2026-03-10");
        Page refusedInRussian = russian.get("/tasks?apply=1&range=CUSTOM&from=2026-03-20&to=2026-03-10");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#filter-to-error")).isEqualTo("The start date is after the end date.");
        assertThat(refused.html().selectFirst("#filter-to").hasClass("is-invalid")).isTrue();
        assertThat(refused.html().selectFirst("#filter-from").val()).isEqualTo("2026-03-20");
        assertThat(refused.html().selectFirst("#filter-range option[selected]").val()).isEqualTo("CUSTOM");
        assertThat(refusedInRussian.text("#filter-to-error")).isEqualTo("Начальная дата позже конечной.");
        Page again = english.get("/tasks");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.html().selectFirst("#filter-to-error")).isNull();
    }

    @Test
    void anUnknownRangeInTheAddressShowsTodayAndSaysSo() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        Page list = page.get("/tasks?apply=1&range=FORTNIGHT");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.html().selectFirst("#filter-range option[selected]").val()).isEqualTo("TODAY");
        assertThat(list.text("#filter-range-error")).isEqualTo("There is no date range FORTNIGHT; showing today.");
    }

    @Test
    void aReturnAddressThatIsNoPathOfThisSiteIsRefusedBeforeAnythingChanges() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String id = admin().post("/api/v1/activities", call(TODAY.toString(), "10:00", barney)).id();
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        page.get("/tasks");

        for (String returnTo : new String[] {"/tasks\r\nSet-Cookie: x=y", "//evil.example/", "https://evil.example/", "tasks"}) {
            Page erased = page.submit("/activities/" + id + "/erase", Map.of("returnTo", returnTo));
            assertThat(erased.status()).as(returnTo).isEqualTo(400);
            assertThat(erased.text("#error-message")).as(returnTo).isEqualTo("The page to return to is not an address of this site.");
            Page cleared = page.submit("/activities/" + id + "/clear", Map.of("result", "COMPLETED", "returnTo", returnTo));
            assertThat(cleared.status()).as(returnTo).isEqualTo(400);
        }

        assertThat(admin().get("/api/v1/activities/" + id).json().get("cleared").asBoolean()).isFalse();
        Page erased = page.submit("/activities/" + id + "/erase", Map.of("returnTo", "/contacts/" + barney));
        assertThat(erased.url()).isEqualTo("/contacts/" + barney);
        assertThat(admin().get("/api/v1/activities/" + id).status()).isEqualTo(404);
    }

    @Test
    void administratorsAddActivityTypesOnTheirPage() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Page added = page.submit("/admin/activity-types", Map.of("name", "Presentation", "color", "#112233",
                "defaultDuration", "90", "defaultAlarm", "30"));
        assertThat(added.text("#saved-message")).isEqualTo("The type was added.");
        assertThat(added.html().select("code").eachText()).contains("CALL", "MEETING", "TODO", "PRESENTATION");
        Page dialog = page.get("/activities/new?type=PRESENTATION");
        assertThat(dialog.html().selectFirst("#activity-type option[selected]").text()).isEqualTo("Presentation");
        assertThat(dialog.html().selectFirst("#activity-duration option[selected]").val()).isEqualTo("90");
        User standard = data.user("standard", Role.STANDARD);
        assertThat(PageClient.loggedIn(port, standard.userName(), TestData.PASSWORD).get("/admin/activity-types").status())
                .isEqualTo(403);
    }

    @Test
    void pagesInRussianUseRussianTexts() {
        User ivan = data.user("ivan", Role.STANDARD, org.svyaz.users.Language.RU);
        PageClient page = PageClient.loggedIn(port, ivan.userName(), TestData.PASSWORD);
        assertThat(page.get("/tasks").html().selectFirst("h1").text()).isEqualTo("Список дел");
        assertThat(page.get("/activities/new?type=MEETING").html().selectFirst("#activity-form-title").text()).isEqualTo("Назначить дело");
    }

    @Test
    void theDialogAssociatesAnActivityWithAGroupKeepsItOnAChangeAndRefusesAnUnknownGroup() {
        clock.set(TODAY.atTime(8, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart chain")).id();
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Map<String, String> meeting = form(barney, "10:00", "Meet the chain's managers");
        meeting.put("groupId", group);
        assertThat(page.submit("/activities/new", meeting).url()).isEqualTo("/contacts/" + barney);
        String id = admin().get("/api/v1/groups/" + group + "/activities").json().get("items").get(0).get("id").asText();

        Page edit = page.get("/activities/" + id + "/edit");
        assertThat(edit.html().selectFirst("#activity-group option[selected]").val()).isEqualTo(group);
        Map<String, String> changed = form(barney, "11:00", "Meet the chain's managers");
        changed.put("groupId", group);
        changed.put("version", edit.html().selectFirst("input[name=version]").val());
        page.submit("/activities/" + id + "/edit", changed);
        assertThat(admin().get("/api/v1/activities/" + id).json().get("groupId").asText()).isEqualTo(group);

        Map<String, String> unknown = form(barney, "12:00", "Meet nobody");
        unknown.put("groupId", "01890000-0000-7000-8000-00000000dead");
        Page refused = page.submit("/activities/new", unknown);
        assertThat(refused.html().selectFirst("#activity-group").hasClass("is-invalid")).isTrue();
        assertThat(refused.text("#activity-errors")).isNotBlank();
    }

    private static Map<String, String> form(String contactId, String time, String regarding) {
        Map<String, String> form = new HashMap<>();
        form.put("type", "CALL");
        form.put("date", TODAY.toString());
        form.put("time", time);
        form.put("durationMinutes", "30");
        form.put("contactIds", contactId);
        form.put("regarding", regarding);
        form.put("priority", "HIGH");
        form.put("color", "#3366ff");
        form.put("alarmMinutes", "15");
        form.put("ringAlarm", "true");
        form.put("scheduledFor", "admin");
        form.put("frequency", "NONE");
        form.put("every", "1");
        form.put("returnTo", "/contacts/" + contactId);
        return form;
    }
}
