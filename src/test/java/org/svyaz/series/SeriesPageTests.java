package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.series.SeriesApiTests.companyDevelopment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** The series pages as the browser requests them: the wizard's checks, the dialog's confirmation, the list and the history. */
class SeriesPageTests extends SvyazTests {

    @Test
    void schedulingForAGroupConfirmsTheCountsAndWarnsOfAnEarlierRun() {
        String barney = contact("Barney", "Giverts");
        String apu = contact("Apu", "Nahasapeemapetilon");
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(barney, apu)));
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        admin().post("/api/v1/series/" + series + "/schedule", Map.of("target", Map.of("contactIds", List.of(barney)),
                "startDate", "2003-09-05", "confirm", true));
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        Map<String, String> dialog = new HashMap<>(Map.of("seriesId", series, "target", "GROUP", "groupId", group,
                "startDate", "2003-09-12", "scheduledFor", "admin", "returnTo", "/series"));

        PageClient.Page confirmation = pages.submit("/series/schedule", dialog);

        assertThat(confirmation.text("#series-confirm-counts")).contains("Разработка компании", "2 contacts");
        assertThat(confirmation.text("#series-confirm-activities")).contains("8 timeless activities");
        assertThat(confirmation.text("#series-confirm-warning")).contains("1 of these contacts", "start date 05.09.2003");
        assertThat(admin().get("/api/v1/contacts/" + apu + "/activities").json().get("total").asInt()).isZero();

        PageClient.Page done = pages.submit("/series/schedule/confirmed", dialog);
        assertThat(done.text("#series-scheduled-message")).contains("8 activities were scheduled for 2 contacts");
        assertThat(admin().get("/api/v1/contacts/" + apu + "/activities").json().get("total").asInt()).isEqualTo(4);
    }

    @Test
    void theDialogRefusesAnEmptyGroupAndAMissingStartDateAndSchedulesNothing() {
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String group = admin().post("/api/v1/groups", Map.of("name", "Nobody")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        PageClient.Page empty = pages.submit("/series/schedule", Map.of("seriesId", series, "target", "GROUP", "groupId", group,
                "startDate", "2003-09-05", "scheduledFor", "admin", "returnTo", "/series"));
        PageClient.Page noDate = pages.submit("/series/schedule", Map.of("seriesId", series, "target", "ALL", "startDate", "",
                "scheduledFor", "admin", "returnTo", "/series"));

        assertThat(empty.text("#series-schedule-errors")).contains("no contacts to schedule the series for");
        assertThat(noDate.text("#series-schedule-errors")).isNotBlank();
        assertThat(admin().get("/api/v1/series/" + series + "/runs").json().get("total").asInt()).isZero();
    }

    @Test
    void theStepsTableNamesBuiltInAndAddedActivityTypes() {
        String demo = admin().post("/api/v1/admin/activity-types", Map.of("name", "Product demo", "color", "#aa00aa")).json()
                .get("code").asText();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page first = pages.get("/series/new");
        PageClient.Page table = pages.submit(action(first, "#series-step-form"), Map.of("type", "CALL", "durationMinutes", "15",
                "priority", "LOW", "regarding", "Call", "offsetAmount", "0", "offsetUnit", "DAYS"));
        PageClient.Page steps = pages.submit(action(pages.get(link(table, "#step-add")), "#series-step-form"), Map.of("type", demo, "durationMinutes", "60", "priority",
                "HIGH", "regarding", "Demo", "offsetAmount", "1", "offsetUnit", "WEEKS"));

        assertThat(steps.html().select(".series-step .step-type").eachText()).containsExactly("Call", "Product demo");
    }

    @Test
    void theWizardRefusesANegativeOffsetAndASeriesWithoutActivities() {
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page first = pages.get("/series/new");
        assertThat(first.text("#series-step-title")).contains("First activity");
        String draft = action(first, "#series-step-form").replaceAll(".*draft=", "");

        PageClient.Page refused = pages.submit(action(first, "#series-step-form"), Map.of("type", "CALL", "durationMinutes", "15",
                "priority", "LOW", "regarding", "Call", "offsetAmount", "-1", "offsetUnit", "DAYS"));
        PageClient.Page noSteps = pages.submit("/series/wizard/finish?draft=" + draft, Map.of("name", "Empty", "description", ""));

        assertThat(refused.text("#series-step-errors")).contains("cannot be negative");
        assertThat(noSteps.text("#series-finish-errors")).contains("at least one activity");
        assertThat(admin().get("/api/v1/series").json().get("total").asInt()).isZero();
    }

    @Test
    void theListDuplicatesAndDeletesAndTheHistoryUndoesARun() {
        String barney = contact("Barney", "Giverts");
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String run = admin().post("/api/v1/series/" + series + "/schedule", Map.of("target", Map.of("contactIds", List.of(barney)),
                "startDate", "2003-09-05", "confirm", true)).json().get("runId").asText();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        assertThat(pages.get("/series/" + series + "/history").text("#run-" + run + " .run-open")).isEqualTo("4");
        PageClient.Page undone = pages.submit("/series/runs/" + run + "/undo", Map.of());
        assertThat(undone.text("#series-history-message")).contains("undone");
        assertThat(undone.text("#run-" + run + " .run-open")).isEqualTo("0");
        assertThat(admin().get("/api/v1/contacts/" + barney + "/activities").json().get("total").asInt()).isZero();

        assertThat(pages.submit("/series/" + series + "/duplicate", Map.of()).text("#series-message"))
                .contains("Разработка компании (2)");
        PageClient.Page deleted = pages.submit("/series/" + series + "/delete", Map.of("version", "1"));
        assertThat(deleted.text("#series-message")).contains("was deleted");
        assertThat(deleted.html().select("#series-table tr[data-series-name]").eachAttr("data-series-name"))
                .containsExactly("Разработка компании (2)");
    }

    @Test
    void twoWizardsInOneSessionKeepTheirOwnDraftsAndFinishingOneLeavesTheOther() {
        String first = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        String second = admin().post("/api/v1/series", companyDevelopment("Удержание клиента")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        PageClient.Page tabA = pages.get("/series/" + first + "/edit");
        PageClient.Page tabB = pages.get("/series/" + second + "/edit");
        tabA = pages.submit(action(pages.get(link(tabA, "#step-add")), "#series-step-form"), Map.of("type", "CALL",
                "durationMinutes", "15", "priority", "LOW", "regarding", "Звонок через год", "offsetAmount", "12", "offsetUnit", "MONTHS"));
        tabB = pages.submit(tabB.html().select(".series-step form[action*=remove]").get(0).attr("action"), Map.of());
        PageClient.Page finishA = pages.get(link(tabA, "#steps-next"));
        PageClient.Page finishB = pages.get(link(tabB, "#steps-next"));
        PageClient.Page savedA = pages.submit(action(finishA, "#series-finish-form"), Map.of("name", "Разработка компании 2",
                "description", "A"));
        PageClient.Page savedB = pages.submit(action(finishB, "#series-finish-form"), Map.of("name", "Удержание клиента 2",
                "description", "B"));

        assertThat(savedA.text("#series-message")).contains("Разработка компании 2");
        assertThat(savedB.text("#series-message")).contains("Удержание клиента 2");
        bothSavedAsEdited(admin(), first, second);
        assertThat(admin().get("/api/v1/series/" + second).json().get("steps").get(0).get("regarding").asText())
                .isEqualTo("Звонок после сбора информации");
    }

    /** Series A (five steps) and B (three) of the two-tab tests, each saved as its own wizard left it. */
    static void bothSavedAsEdited(org.svyaz.ApiClient admin, String first, String second) {
        var seriesA = admin.get("/api/v1/series/" + first).json();
        var seriesB = admin.get("/api/v1/series/" + second).json();
        assertThat(seriesA.get("name").asText()).isEqualTo("Разработка компании 2");
        assertThat(seriesA.get("steps")).hasSize(5);
        assertThat(seriesA.get("steps").get(4).get("regarding").asText()).isEqualTo("Звонок через год");
        assertThat(seriesB.get("name").asText()).isEqualTo("Удержание клиента 2");
        assertThat(seriesB.get("steps")).hasSize(3);
    }

    @Test
    void aFinishedOrUnknownDraftSaysSoAndChangesNothing() {
        String series = admin().post("/api/v1/series", companyDevelopment("Разработка компании")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page finish = pages.get(link(pages.get("/series/" + series + "/edit"), "#steps-next"));
        pages.submit(action(finish, "#series-finish-form"), Map.of("name", "Once", "description", ""));

        PageClient.Page again = pages.submit(action(finish, "#series-finish-form"), Map.of("name", "Twice", "description", ""));
        PageClient.Page unknown = pages.get("/series/wizard?draft=no-such-draft");
        PageClient.Page none = pages.submit("/series/wizard/step", Map.of("type", "CALL", "durationMinutes", "15",
                "priority", "LOW", "regarding", "Call", "offsetAmount", "0", "offsetUnit", "DAYS"));

        assertThat(List.of(again, unknown, none)).allSatisfy(page -> {
            assertThat(page.url()).isEqualTo("/series");
            assertThat(page.text("#series-error")).contains("no longer open");
        });
        assertThat(admin().get("/api/v1/series/" + series).json().get("name").asText()).isEqualTo("Once");
        assertThat(admin().get("/api/v1/series").json().get("total").asInt()).isEqualTo(1);
    }

    /** Where a page's form posts to, as the browser would send it (with the wizard's draft key). */
    private static String action(PageClient.Page page, String formSelector) {
        return page.html().selectFirst(formSelector).attr("action");
    }

    private static String link(PageClient.Page page, String selector) {
        return page.html().selectFirst(selector).attr("href");
    }

    private String contact(String firstName, String lastName) {
        return admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", firstName, "lastName", lastName)).id();
    }
}
