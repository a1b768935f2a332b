package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.calendar.CalendarFeedTests.contact;
import static org.svyaz.calendar.CalendarIcsTests.calendar;
import static org.svyaz.calendar.CalendarIcsTests.vevent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** The feed section of the account page and the .ics export link and import form of a contact's Activities tab. */
class CalendarFeedPageTests extends SvyazTests {

    @Test
    void theAccountPageShowsTheFeedAddressOnceAndRegeneratesIt() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        PageClient page = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        assertThat(page.get("/account").html().select("[hx-get=/account/calendar-feed]")).hasSize(1);

        Page first = page.htmxGet("/account/calendar-feed");
        String shown = first.html().selectFirst("#calendar-feed-url").val();
        assertThat(first.text("#calendar-feed-once")).startsWith("Copy this address now");
        assertThat(status(shown)).isEqualTo(200);
        Page later = page.htmxGet("/account/calendar-feed");
        assertThat(later.html().select("#calendar-feed-url")).as("not kept, so not shown again").isEmpty();
        assertThat(later.text("#calendar-feed-made")).contains("cannot be shown again");
        assertThat(later.html().select("#calendar-feed-regenerate")).hasSize(1);
        assertThat(api(zdv).get("/api/v1/me/calendar-feed").json().get("url").isNull()).isTrue();

        Page regenerated = page.htmxPost("/account/calendar-feed", Map.of());
        String fresh = regenerated.html().selectFirst("#calendar-feed-url").val();
        assertThat(regenerated.text("#calendar-feed-regenerated")).isEqualTo("A new address was made; the old one no longer works.");
        assertThat(fresh).isNotEqualTo(shown);
        assertThat(status(shown)).isEqualTo(404);
        assertThat(status(fresh)).isEqualTo(200);
    }

    @Test
    void theContactsActivitiesTabLinksTheExportAndTheGroupsDoesNot() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        PageClient page = PageClient.loggedIn(port, "admin", org.svyaz.TestDatabase.ADMIN_PASSWORD);

        Page tab = page.htmxGet("/contacts/" + barney + "/activities");
        assertThat(tab.html().selectFirst("#activities-export").attr("href")).isEqualTo("/contacts/" + barney + "/activities.ics");
        assertThat(tab.html().select("#activities-import input[type=file][name=file]")).hasSize(1);
        Page download = page.get("/contacts/" + barney + "/activities.ics");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/calendar");

        Page groupTab = page.htmxGet("/groups/" + group + "/activities");
        assertThat(groupTab.html().select("#activities-export, #activities-import")).isEmpty();
    }

    @Test
    void theImportFormPreviewsThenImports() {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        PageClient page = PageClient.loggedIn(port, "admin", org.svyaz.TestDatabase.ADMIN_PASSWORD);
        page.get("/contacts/" + barney);
        byte[] file = calendar(vevent("a@x", "DTSTART;VALUE=DATE:20030908", "SUMMARY:Trade fair"), vevent("b@x", "SUMMARY:No start"))
                .getBytes(StandardCharsets.UTF_8);
        String path = "/contacts/" + barney + "/activities/import";

        Page preview = page.htmxUpload(path, Map.of("preview", "true"), "fair.ics", file);
        assertThat(preview.html().select("#activities-import-events tbody tr")).hasSize(2);
        assertThat(preview.html().select("#activities-import-events tbody tr").get(0).text()).contains("Trade fair", "08.09.2003", "all day");
        assertThat(preview.html().select("#activities-import-events tbody tr").get(1).text()).contains("The event has no start (DTSTART).");
        assertThat(preview.text("#activities-import-confirm")).isEqualTo("Import activities: 1");
        assertThat(admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items")).isEmpty();

        Page imported = page.htmxUpload(path, Map.of("preview", "false"), "fair.ics", file);
        assertThat(imported.text("#activities-import-created")).isEqualTo("Activities imported: 1.");
        assertThat(admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items")).hasSize(1);

        Page again = page.htmxUpload(path, Map.of("preview", "true"), "fair.ics", file);
        assertThat(again.text("#activities-import-nothing")).isEqualTo("The activities of this file's events were imported before and are up to date.");
        assertThat(again.html().select("#activities-import-confirm")).isEmpty();
        byte[] moved = new String(file, StandardCharsets.UTF_8).replace("20030908", "20030909").getBytes(StandardCharsets.UTF_8);
        Page changed = page.htmxUpload(path, Map.of("preview", "true"), "fair.ics", moved);
        assertThat(changed.text("#activities-import-updated")).isEqualTo("Activities imported before and changed now: 1.");
        assertThat(changed.text("#activities-import-confirm")).isEqualTo("Import activities: 1");

        Page broken = page.htmxUpload(path, Map.of("preview", "true"), "broken.ics", "not a calendar".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.text("#activities-import-error")).startsWith("This is not a valid iCalendar file");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
