package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.activities.ActivityApiTests.call;
import static org.svyaz.activities.ActivityApiTests.contact;
import static org.svyaz.activities.ActivityApiTests.with;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
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
            assertThat(new Select(browser.find("#filter-range")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("TODAY_AND_PAST_DUE");
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

    /**
     * Stands in for the browser's sound and notifications, which a headless browser has not: the
     * page's tones and notifications are counted instead, and asking for permission grants it.
     */
    private static final String STUB_SOUND_AND_NOTIFICATIONS = """
            window.rung = 0; window.notified = [];
            window.AudioContext = function () { this.state = 'running'; this.currentTime = 0; this.destination = {}; };
            AudioContext.prototype.createOscillator = function () {
                return {frequency: {}, connect: function () {}, start: function () { window.rung++; }, stop: function () {}};
            };
            AudioContext.prototype.createGain = function () {
                return {gain: {setValueAtTime: function () {}, exponentialRampToValueAtTime: function () {}}, connect: function () {}};
            };
            window.Notification = function (title, options) { window.notified.push(title + ' | ' + options.body); };
            Notification.permission = 'default';
            Notification.requestPermission = function () { Notification.permission = 'granted'; return Promise.resolve('granted'); };
            """;

    @Test
    @SuppressWarnings("unchecked")
    void aDueReminderRingsNotifiesAndCountsInTheTabTitleAndTheSoundCanBeSwitchedOff() throws Exception {
        LocalDate today = LocalDate.now(time.zone());
        clock.set(today.atTime(9, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String day = today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/tasks");
            waitUntil(browser, () -> !browser.driver().findElements(org.openqa.selenium.By.id("reminders-none")).isEmpty());
            JavascriptExecutor page = (JavascriptExecutor) browser.driver();
            page.executeScript(STUB_SOUND_AND_NOTIFICATIONS);
            String title = browser.driver().getTitle();
            assertThat(title).doesNotStartWith("(");

            browser.click("#nav-reminders");
            browser.click("#reminder-notify-enable");
            waitUntil(browser, () -> !browser.driver().findElement(org.openqa.selenium.By.id("reminder-notify-enable")).isDisplayed());
            browser.click("#nav-reminders");

            // an alarm comes due while the tab is in the background; it is asked for as soon as the tab is shown again
            admin().post("/api/v1/activities", with(call(today.toString(), "09:10", barney), "alarmMinutesBefore", 15));
            page.executeScript("document.dispatchEvent(new Event('visibilitychange'))");
            waitUntil(browser, () -> browser.driver().getTitle().equals("(1) " + title));
            browser.waitForText("#reminder-list .reminder-regarding", "Send the price list");
            assertThat(((Number) page.executeScript("return window.rung")).intValue()).isPositive();
            assertThat((List<Object>) page.executeScript("return window.notified"))
                    .containsExactly("Reminder: Send the price list | Call · " + day + " 09:10");
            browser.screenshot("activity-reminder-notified");

            browser.click("#reminder-sound");
            assertThat(page.executeScript("return localStorage.getItem('svyaz-reminder-sound')")).isEqualTo("off");
            page.executeScript("window.rung = 0");
            admin().post("/api/v1/activities", with(with(call(today.toString(), "09:05", barney), "alarmMinutesBefore", 10),
                    "regarding", "Confirm the delivery"));
            page.executeScript("window.dispatchEvent(new Event('focus'))");
            waitUntil(browser, () -> browser.driver().getTitle().equals("(2) " + title));
            assertThat(((Number) page.executeScript("return window.notified.length")).intValue()).isEqualTo(2);
            assertThat(((Number) page.executeScript("return window.rung")).intValue()).isZero();

            // the choice is this browser's: it stays off on the next page
            browser.open("/contacts");
            waitUntil(browser, () -> browser.driver().getTitle().startsWith("(2) "));
            browser.click("#nav-reminders");
            assertThat(browser.find("#reminder-sound").isSelected()).isFalse();

            // the clock that keeps a background tab polling runs in a worker, which the page's rules allow
            Object tick = page.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "var clock = new Worker('/static/js/reminder-clock.js');"
                    + "clock.onmessage = function (e) { clock.terminate(); done(e.data); };"
                    + "clock.onerror = function () { done('failed'); }; clock.postMessage(50);");
            assertThat(tick).isEqualTo("tick");
        }
    }

    @Test
    void opensAnActivityFromTheCalendarWarnsOfAnOverlapBeforeSavingAndEditsItOnceCleared() throws Exception {
        LocalDate today = LocalDate.now(time.zone());
        clock.set(today.atTime(8, 0).atZone(time.zone()).toInstant());
        String barney = contact(admin(), "Kwik-e-mart", "Giverts");
        String day = today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String terms = admin().post("/api/v1/activities", with(call(today.toString(), "10:00", barney), "regarding", "Discuss the terms"))
                .id();
        String calendar = "/calendar?view=day&date=" + today;
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open(calendar);
            browser.click("[data-activity='" + terms + "']");
            browser.waitForText("#activity-window-regarding", "Discuss the terms");
            assertThat(browser.find("#activity-window-clear").isDisplayed()).isTrue();
            assertThat(browser.find("#activity-window-delete").isDisplayed()).isTrue();
            assertThat(browser.find("#activity-window-open-contact").getAttribute("href")).endsWith("/contacts/" + barney);
            browser.screenshot("activity-window");

            // scheduling from the calendar: My Record until a contact is chosen
            browser.open("/activities/new?date=" + today + "&time=11:00&returnTo=" + java.net.URLEncoder.encode(calendar, "UTF-8"));
            assertThat(browser.find("#activity-my-record").isSelected()).isTrue();
            browser.type("#activity-contact-search", "Giverts");
            browser.click("#contact-options input.contact-option");
            assertThat(browser.find("#activity-my-record").isSelected()).isFalse();
            browser.type("#activity-regarding", "Send the price list");
            browser.find("#activity-regarding").sendKeys(Keys.ESCAPE);
            browser.type("#activity-time", "10:15");
            browser.find("#activity-time").sendKeys(Keys.ESCAPE, Keys.TAB);
            browser.waitForText("#activity-overlap-warning", "Call «Discuss the terms», " + day + " 10:00–10:30");
            browser.screenshot("activity-overlap-warning");
            browser.click("#activity-save");
            browser.waitForText("#day-" + today, "Send the price list");
            assertThat(browser.driver().getCurrentUrl()).contains(calendar);
            assertThat(admin().get("/api/v1/contacts/" + barney + "/activities").json().get("items")).hasSize(2);

            browser.click("[data-activity='" + terms + "']");
            browser.click("#activity-window-clear");
            browser.click("#result-COMPLETED");
            browser.click("#clear-submit");
            waitUntil(browser, () -> !browser.driver().getCurrentUrl().contains("/clear"));
            browser.open(calendar + "&cleared=true");
            browser.find("[data-activity='" + terms + "'].cleared");
            browser.click("[data-activity='" + terms + "']");
            browser.find("#activity-window-read-only");
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("activity-window-edit"))).isEmpty();
            browser.click("#activity-window-edit-cleared");
            browser.waitForText("#activity-form-title", "Edit cleared activity");
            browser.type("#activity-regarding", "Discuss the terms of delivery");
            browser.find("#activity-regarding").sendKeys(Keys.ESCAPE);
            browser.click("#activity-save");
            waitUntil(browser, () -> !browser.driver().getCurrentUrl().contains("/edit"));
            assertThat(admin().get("/api/v1/activities/" + terms).json().get("regarding").asText()).isEqualTo("Discuss the terms of delivery");

            browser.open("/contacts/" + barney);
            browser.waitForText("#timeline", "Discuss the terms of delivery");
            assertThat(browser.text("#timeline")).contains("Cleared activity", "Completed");
        }
    }

    private static void waitUntil(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
    }
}
