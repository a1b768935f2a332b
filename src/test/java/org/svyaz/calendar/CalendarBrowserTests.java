package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** A sales manager finds a meeting in the month view and the mini-calendar, and schedules from a slot of the day view. */
@Tag("browser")
class CalendarBrowserTests extends SvyazTests {

    @Test
    void seesAnActivityInTheMonthAndTheMiniCalendarAndSchedulesByDoubleClickingASlot() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts")).id();
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("type", "MEETING");
        meeting.put("date", "2003-09-10");
        meeting.put("time", "14:00");
        meeting.put("durationMinutes", 60);
        meeting.put("contactIds", List.of(barney));
        meeting.put("regarding", "Meeting at the company's office");
        String id = admin().post("/api/v1/activities", meeting).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.click("#nav-calendar");
            browser.find("#calendar-title");
            browser.open("/calendar?view=week&date=2003-09-10");
            browser.click("#view-month");
            browser.waitForText("#month-day-2003-09-10", "Meeting at the company's office");
            assertThat(browser.find("#mini-calendar a.busy[data-date='2003-09-10']")).isNotNull();
            browser.screenshot("calendar-month");

            browser.click("#mini-calendar a[data-date='2003-09-10']");
            browser.find("#day-2003-09-10 [data-activity='" + id + "']");
            browser.screenshot("calendar-day");
            var day = browser.find("#day-2003-09-10");
            int slotHeight = 24;
            // 09:00 is the 18th half-hour slot of the day
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var day = arguments[0]; var body = document.getElementById('calendar-body');"
                            + "var rect = day.getBoundingClientRect();"
                            + "day.dispatchEvent(new MouseEvent('dblclick', {bubbles: true, clientX: rect.left + 5, clientY: rect.top + arguments[1]}));",
                    day, 18 * slotHeight + 2);
            browser.find("#activity-form");
            assertThat(browser.driver().findElement(By.name("date")).getAttribute("value")).isEqualTo(LocalDate.of(2003, 9, 10).toString());
            assertThat(browser.driver().findElement(By.name("time")).getAttribute("value")).isEqualTo("09:00");
        }
    }
}
