package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Role;
import org.svyaz.users.User;

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

    @Test
    void reschedulesByDraggingToAnotherDayAndByTheKeyboard() throws Exception {
        Map<String, Object> call = new HashMap<>();
        call.put("type", "CALL");
        call.put("date", "2003-09-08");
        call.put("time", "10:00");
        call.put("durationMinutes", 30);
        call.put("regarding", "Call about prices");
        String id = admin().post("/api/v1/activities", call).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/calendar?view=week&date=2003-09-08");
            var block = browser.find("[data-activity='" + id + "']");
            var tuesday = browser.find("#day-2003-09-09");
            int dayWidth = tuesday.getRect().getWidth();
            new org.openqa.selenium.interactions.Actions(browser.driver()).clickAndHold(block).moveByOffset(dayWidth / 2, 0)
                    .moveByOffset(dayWidth / 2, 48).release().perform();
            browser.waitForText("#calendar-moved", "Call about prices");
            JsonNode moved = admin().get("/api/v1/activities/" + id).json();
            assertThat(moved.get("date").asText()).isEqualTo("2003-09-09");
            assertThat(moved.get("time").asText()).isEqualTo("11:00");

            browser.find("#day-2003-09-09 [data-activity='" + id + "']").sendKeys(org.openqa.selenium.Keys.chord(
                    org.openqa.selenium.Keys.SHIFT, org.openqa.selenium.Keys.ARROW_DOWN));
            browser.waitForText("#calendar-moved", "Call about prices");
            assertThat(admin().get("/api/v1/activities/" + id).json().get("time").asText()).isEqualTo("11:30");
        }
    }

    @Test
    void schedulesInAColleaguesSharedCalendarByDraggingAcrossSlotsOfTheDayView() throws Exception {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        api(zdv).put("/api/v1/me/calendar-sharing/" + anna.userName(), Map.of("access", "SCHEDULE"));
        try (Browser browser = Browser.start(port)) {
            browser.logIn(anna.userName(), TestData.PASSWORD);
            browser.open("/calendar?view=day&date=2003-09-08&user=" + anna.userName() + "&user=" + zdv.userName());
            var column = browser.find("#day-2003-09-08-" + zdv.userName());
            int slotHeight = 24;
            // from the 09:00 slot down to the 10:00 one: 09:00 for an hour and a half
            ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "var day = arguments[0]; var rect = day.getBoundingClientRect(); var x = rect.left + 5;"
                            + "var down = rect.top + arguments[1], up = rect.top + arguments[2];"
                            + "day.dispatchEvent(new MouseEvent('mousedown', {bubbles: true, button: 0, clientX: x, clientY: down}));"
                            + "document.dispatchEvent(new MouseEvent('mousemove', {bubbles: true, clientX: x, clientY: up}));"
                            + "document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, button: 0, clientX: x, clientY: up}));",
                    column, 18 * slotHeight + 2, 20 * slotHeight + 2);
            browser.find("#activity-form");
            assertThat(browser.driver().findElement(By.name("date")).getAttribute("value")).isEqualTo("2003-09-08");
            assertThat(browser.driver().findElement(By.name("time")).getAttribute("value")).isEqualTo("09:00");
            assertThat(browser.driver().findElement(By.name("durationMinutes")).getAttribute("value")).isEqualTo("90");
            assertThat(browser.driver().findElement(By.name("scheduledFor")).getAttribute("value")).isEqualTo(zdv.userName());
            browser.type("#activity-regarding", "Meeting at the company's office");
            browser.click("#activity-save");
            browser.waitForText("#day-2003-09-08-" + zdv.userName(), "Meeting at the company's office");
            browser.screenshot("calendar-side-by-side");
        }
        JsonNode created = api(zdv).get("/api/v1/activities?from=2003-09-08&to=2003-09-08").json().get("items").get(0);
        assertThat(created.get("time").asText()).isEqualTo("09:00");
        assertThat(created.get("durationMinutes").asInt()).isEqualTo(90);
        assertThat(created.get("scheduledBy").asText()).isEqualTo(anna.userName());
    }
}
