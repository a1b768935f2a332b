package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * A sales manager finds a meeting in the month view and the mini-calendar, and schedules from a slot of the day view;
 * the month fits the window with its bars in their days' cells, the week's headings line up with its columns.
 */
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

    private static final String LONG_TEXT = "Meeting at the company's office about the price list for the whole autumn season, the deliveries "
            + "and the_supersonic_ordering_system_whose_name_never_wraps";

    @Test
    void theMonthFitsTheWindowInSevenEqualColumnsWithMultiDayBarsInTheirDaysAndTheWeekHeadingsLineUp() throws Exception {
        String fair = admin().post("/api/v1/activities", activity("MEETING", "2003-09-11", "16:00", 2 * 24 * 60, LONG_TEXT)).id();
        String report = admin().post("/api/v1/activities", activity("TODO", "2003-09-06", null, 3 * 24 * 60, "Annual report")).id();
        String longOne = admin().post("/api/v1/activities", activity("CALL", "2003-09-10", "09:00", 15, LONG_TEXT)).id();
        String next = admin().post("/api/v1/activities", activity("CALL", "2003-09-10", "09:15", 15, "Call back about the price list")).id();
        for (String time : List.of("11:00", "12:00", "13:00", "14:00")) {
            admin().post("/api/v1/activities", activity("CALL", "2003-09-12", time, 30, "Call at " + time));
        }
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            for (int width : List.of(1024, 1440)) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                monthFits(browser, fair, report, longOne, "calendar-month-" + width);
                weekHeadingsLineUpAndShortOnesCanBeRead(browser, longOne, next, "calendar-week-" + width);
            }
            browser.click("#nav-user");
            browser.click("#nav-account");
            new Select(browser.find("#language")).selectByValue("ru");
            browser.click("#profile-save");
            browser.waitForText("#nav-contacts", "Контакты");
            browser.driver().manage().window().setSize(new Dimension(1024, 900));
            monthFits(browser, fair, report, longOne, "calendar-month-1024-ru");
            weekHeadingsLineUpAndShortOnesCanBeRead(browser, longOne, next, "calendar-week-1024-ru");
        }
    }

    /**
     * The month within the window, its seven columns equal; the fair (Thursday to Saturday) a bar within those
     * days' cells, above their activities; the report (Saturday to Monday) a bar in each of its two weeks; a long
     * text cut in its cell, whole in its tooltip; no more than three activities in a cell.
     */
    private static void monthFits(Browser browser, String fair, String report, String longOne, String screenshot) {
        browser.open("/calendar?view=month&date=2003-09-10");
        browser.find("#calendar-month");
        browser.screenshot(screenshot);
        Rect month = rect(browser, "#calendar-month");
        double viewport = number(browser, "return document.documentElement.clientWidth");
        assertThat(month.right()).isLessThanOrEqualTo(viewport);
        assertThat(number(browser, "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
        List<Double> widths = rects(browser, "#calendar-month .month-day").stream().map(Rect::width).toList();
        assertThat(widths).hasSize(35);
        assertThat(widths.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                - widths.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThanOrEqualTo(1.5);

        Rect bar = rect(browser, ".month-bar[data-activity='" + fair + "']");
        Rect thursday = rect(browser, "#month-day-2003-09-11");
        Rect saturday = rect(browser, "#month-day-2003-09-13");
        assertThat(bar.liesWithin(thursday.left(), thursday.top(), saturday.right(), saturday.bottom())).isTrue();
        assertThat(bar.left()).isLessThan(thursday.right());
        assertThat(bar.right()).isGreaterThan(saturday.left());
        assertThat(bar.bottom()).isLessThanOrEqualTo(rect(browser, "#month-day-2003-09-12 .month-item").top());
        assertThat(browser.find(".month-bar[data-activity='" + fair + "']").getAttribute("title")).isEqualTo(LONG_TEXT);

        List<Rect> reportBars = rects(browser, ".month-bar[data-activity='" + report + "']");
        assertThat(reportBars).hasSize(2);
        Rect saturdayBefore = rect(browser, "#month-day-2003-09-06");
        Rect sunday = rect(browser, "#month-day-2003-09-07");
        Rect monday = rect(browser, "#month-day-2003-09-08");
        assertThat(reportBars.get(0).liesWithin(saturdayBefore.left(), saturdayBefore.top(), sunday.right(), sunday.bottom())).isTrue();
        assertThat(reportBars.get(1).liesWithin(monday.left(), monday.top(), monday.right(), monday.bottom())).isTrue();

        Rect item = rect(browser, "#month-day-2003-09-10 [data-activity='" + longOne + "']");
        Rect wednesday = rect(browser, "#month-day-2003-09-10");
        assertThat(item.liesWithin(wednesday.left(), wednesday.top(), wednesday.right(), wednesday.bottom())).isTrue();
        assertThat(browser.find("#month-day-2003-09-10 [data-activity='" + longOne + "']").getAttribute("title")).endsWith(LONG_TEXT);
        // three of a day's activities, and how many more
        assertThat(browser.driver().findElements(By.cssSelector("#month-day-2003-09-12 .month-item"))).hasSize(3);
        assertThat(browser.find("#month-day-2003-09-12 .more").getText()).contains("1");
    }

    /**
     * The week's headings over their columns (the hours' gutter and the scrollbar included); two 15-minute calls
     * back to back in 30-minute slots each a line tall, side by side, their time and text on that line.
     */
    private static void weekHeadingsLineUpAndShortOnesCanBeRead(Browser browser, String longOne, String next, String screenshot) {
        browser.open("/calendar?view=week&date=2003-09-10");
        browser.find("#day-2003-09-10");
        browser.screenshot(screenshot);
        List<Rect> headings = rects(browser, ".calendar-head > *");
        List<Rect> columns = rects(browser, ".calendar-body > *");
        assertThat(headings).hasSize(8).hasSameSizeAs(columns);
        for (int i = 0; i < headings.size(); i++) {
            assertThat(headings.get(i).left()).isCloseTo(columns.get(i).left(), offset(1.0));
            assertThat(headings.get(i).width()).isCloseTo(columns.get(i).width(), offset(1.0));
        }
        assertThat(rect(browser, ".calendar-grid").right()).isLessThanOrEqualTo(number(browser, "return document.documentElement.clientWidth"));

        double slotHeight = number(browser, "return parseFloat(getComputedStyle(document.querySelector('.calendar-grid')).getPropertyValue('--slot-height'))");
        Rect first = rect(browser, "[data-activity='" + longOne + "']");
        Rect second = rect(browser, "[data-activity='" + next + "']");
        for (Rect call : List.of(first, second)) {
            assertThat(call.height()).isGreaterThanOrEqualTo(slotHeight - 0.5);
        }
        assertThat(first.right() <= second.left() || second.right() <= first.left()).as("side by side, not one over the other").isTrue();
        for (String part : List.of("span:nth-child(1)", "span:nth-child(2)")) {
            Rect text = rect(browser, "[data-activity='" + longOne + "'] " + part);
            assertThat(text.top()).isGreaterThanOrEqualTo(first.top() - 0.5);
            assertThat(text.bottom()).isLessThanOrEqualTo(first.bottom() + 0.5);
            assertThat(text.left()).isLessThan(first.right());
        }
        assertThat(browser.find("[data-activity='" + longOne + "']").getAttribute("title")).contains("09:00", LONG_TEXT);
    }

    private static Map<String, Object> activity(String type, String date, String time, int minutes, String regarding) {
        Map<String, Object> activity = new HashMap<>();
        activity.put("type", type);
        activity.put("date", date);
        activity.put("time", time);
        activity.put("durationMinutes", minutes);
        activity.put("regarding", regarding);
        return activity;
    }

    /** An element's box on the page, in CSS pixels, unrounded. */
    private record Rect(double left, double top, double right, double bottom) {

        double width() {
            return right - left;
        }

        double height() {
            return bottom - top;
        }

        /** Within the box, half a pixel of rounding allowed. */
        boolean liesWithin(double boxLeft, double boxTop, double boxRight, double boxBottom) {
            return left >= boxLeft - 0.5 && top >= boxTop - 0.5 && right <= boxRight + 0.5 && bottom <= boxBottom + 0.5;
        }
    }

    private static Rect rect(Browser browser, String selector) {
        List<Rect> found = rects(browser, selector);
        assertThat(found).as(selector).isNotEmpty();
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static List<Rect> rects(Browser browser, String selector) {
        List<List<Number>> boxes = (List<List<Number>>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) {"
                        + " var r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; });", selector);
        return boxes.stream().map(b -> new Rect(b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(),
                b.get(3).doubleValue())).toList();
    }

    private static double number(Browser browser, String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).doubleValue();
    }
}
