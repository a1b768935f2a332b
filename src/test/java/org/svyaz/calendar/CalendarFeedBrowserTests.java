package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.calendar.CalendarFeedTests.contact;
import static org.svyaz.calendar.CalendarIcsTests.calendar;
import static org.svyaz.calendar.CalendarIcsTests.vevent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** A user copies the feed address from the account page, makes a new one, and imports an .ics file for Barney Giverts. */
@Tag("browser")
class CalendarFeedBrowserTests extends SvyazTests {

    @TempDir
    Path files;

    @Test
    void copiesAndRegeneratesTheFeedAddress() throws Exception {
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/account");
            String first = browser.find("#calendar-feed-url").getAttribute("value");
            assertThat(status(first)).isEqualTo(200);

            browser.click("#calendar-feed-regenerate");
            browser.acceptConfirmation();
            browser.waitForText("#calendar-feed-regenerated", "A new address was made");
            String second = browser.find("#calendar-feed-url").getAttribute("value");
            browser.screenshot("calendar-feed");
            assertThat(second).isNotEqualTo(first);
            assertThat(status(first)).isEqualTo(404);
            assertThat(status(second)).isEqualTo(200);
        }
    }

    @Test
    void previewsAndImportsAnIcsFileOnTheContactsActivitiesTab() throws Exception {
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        Path file = Files.writeString(files.resolve("fair.ics"), calendar(vevent("a@x", "DTSTART;VALUE=DATE:20030908",
                "SUMMARY:Trade fair")));
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.click("#tab-activities");
            browser.find("#activities-import-file").sendKeys(file.toAbsolutePath().toString());
            browser.click("#activities-import-preview");
            browser.waitForText("#activities-import-events", "Trade fair");
            browser.screenshot("calendar-import-preview");

            browser.click("#activities-import-confirm");
            browser.waitForText("#activities-import-created", "Activities imported: 1.");
            browser.waitForText("#activities-list .activity-regarding", "Trade fair");
            browser.screenshot("calendar-imported");
        }
        assertThat(admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items").get(0).get("regarding").asText())
                .isEqualTo("Trade fair");
    }

    private static int status(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
