package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.contact;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestClock;
import org.svyaz.TestDatabase;
import org.svyaz.shell.DisplayTime;

/** A sales manager schedules a call with Barney Giverts, is reminded, finds it in today's task list and clears it. */
@Tag("browser")
class ActivityBrowserTests extends SvyazTests {

    @Autowired
    TestClock clock;

    @Autowired
    DisplayTime time;

    @Test
    void schedulesACallWithAnAlarmSeesItTodayClearsItAndFindsTheHistory() throws Exception {
        LocalDate today = LocalDate.now(time.zone());
        clock.set(today.atTime(9, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.click("#schedule-CALL");

            browser.find("#activity-form");
            assertThat(new Select(browser.find("#activity-type")).getFirstSelectedOption().getAttribute("value")).isEqualTo("CALL");
            browser.click("#activity-ring-alarm");
            // fields with a pick-list (datalist) open it while typing; Escape closes it, as a user would
            browser.type("#activity-time", "09:10");
            browser.find("#activity-time").sendKeys(Keys.ESCAPE);
            browser.type("#activity-regarding", "Send the price list");
            browser.find("#activity-regarding").sendKeys(Keys.ESCAPE);
            new Select(browser.find("#activity-lead-time")).selectByValue("15");
            new Select(browser.find("#activity-priority")).selectByValue("HIGH");
            browser.click("#activity-tab-details");
            browser.type("#activity-details", "Prices for 2004, delivery terms");
            browser.click("#activity-tab-general");
            browser.click("#activity-save");

            browser.waitForText("#activity-message", "The activity was scheduled.");
            browser.waitForText("#reminder-count", "1");
            browser.waitForText("#reminder-list .reminder-regarding", "Send the price list");
            browser.screenshot("activity-reminder");
            browser.click("#nav-reminders");

            browser.click("#tab-activities");
            browser.waitForText("#activities-tab .activity-regarding", "Send the price list");
            assertThat(browser.text("#activities-tab .activity-time")).isEqualTo("09:10");
            browser.screenshot("activity-contact-tab");

            browser.click("#nav-task-list");
            assertThat(new Select(browser.find("#filter-range")).getFirstSelectedOption().getAttribute("value")).isEqualTo("TODAY");
            browser.waitForText("#task-count", "1");
            assertThat(browser.text(".activity-row .activity-regarding")).isEqualTo("Send the price list");
            assertThat(browser.text(".activity-row .activity-contacts")).isEqualTo("Giverts");
            browser.screenshot("activity-task-list");

            browser.click(".activity-row .activity-clear");
            browser.click("#result-COMPLETED");
            browser.type("#clear-notes", "He will order in October");
            browser.click("#clear-submit");
            browser.waitForText("#activity-message", "The activity was cleared");
            browser.waitForText("#task-count", "0");

            browser.open("/contacts/" + barney);
            browser.waitForText("#timeline", "Send the price list");
            assertThat(browser.text("#timeline")).contains("Cleared activity", "Call", "Completed", "He will order in October");
            browser.screenshot("activity-history");
        }
    }

    @Test
    void schedulesAMeetingFromAContactForAGroupWhichShowsItAndKeepsItsHistory() throws Exception {
        LocalDate today = LocalDate.now(time.zone());
        clock.set(today.atTime(9, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String chain = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart chain")).id();
        String management = admin().post("/api/v1/groups", Map.of("name", "Management", "parentId", chain)).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.click("#schedule-MEETING");
            Select group = new Select(browser.find("#activity-group"));
            assertThat(group.getFirstSelectedOption().getAttribute("value")).isEmpty();
            assertThat(group.getOptions()).extracting(option -> option.getText().strip())
                    .containsExactly("No group", "Kwik-e-mart chain", "Management");
            group.selectByValue(management);
            browser.type("#activity-regarding", "Plan the season with the managers");
            browser.find("#activity-regarding").sendKeys(Keys.ESCAPE);
            browser.click("#activity-save");
            browser.waitForText("#activity-message", "The activity was scheduled.");

            // Barney is no member of the group: the group shows the meeting because it is associated with it
            browser.open("/groups/" + management);
            browser.click("#group-tab-activities");
            browser.waitForText("#activities-tab .activity-regarding", "Plan the season with the managers");

            browser.click("#activities-tab .activity-reschedule");
            assertThat(new Select(browser.find("#activity-group")).getFirstSelectedOption().getAttribute("value")).isEqualTo(management);
            browser.type("#activity-regarding", "Plan the season with all managers");
            browser.find("#activity-regarding").sendKeys(Keys.ESCAPE);
            browser.click("#activity-save");
            browser.waitForText("#activity-message", "The activity was changed.");

            browser.click("#group-tab-activities");
            browser.waitForText("#activities-tab .activity-regarding", "Plan the season with all managers");
            browser.click("#activities-tab .activity-clear");
            browser.click("#result-COMPLETED");
            browser.click("#clear-submit");
            browser.waitForText("#activity-message", "The activity was cleared");
            browser.click("#tab-history");
            browser.waitForText("#timeline", "Plan the season with all managers");
            assertThat(browser.text("#timeline")).contains("Cleared activity", "Completed");
        }
    }
}
