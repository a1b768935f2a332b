package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/**
 * The manual's walkthrough (SPEC S3): a sales manager builds the series «Разработка компании»
 * in the wizard, schedules it for Barney Giverts of Kwik-e-mart from 05.09.2003 and finds its
 * four activities, timeless, in his Activities tab, the call moved to Monday 08.09.2003.
 */
@Tag("browser")
class SeriesBrowserTests extends SvyazTests {

    @Test
    void buildsTheKwikEMartSeriesInTheWizardAndSchedulesItForBarney() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney",
                "lastName", "Giverts")).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.click("#tab-activities");
            browser.find("#activities-empty");

            browser.click("#nav-series");
            browser.click("#nav-series-edit");
            browser.click("#series-create");
            browser.waitForText("#series-step-title", "First activity");
            fillStep(browser, "TODO", "10", "LOW", "Сбор информации о компании", "0", "DAYS", false);
            browser.screenshot("series-first-activity");
            browser.click("#step-next");

            browser.waitForText("#series-steps-title", "Series");
            // the call first without the weekend rule, which Edit then adds
            addStep(browser, "CALL", "15", "MEDIUM", "Звонок после сбора информации", "2", "DAYS", false);
            addStep(browser, "MEETING", "60", "HIGH", "Встреча для подписания договора", "1", "MONTHS", true);
            addStep(browser, "MEETING", "60", "HIGH", "Встреча в офисе компании", "1", "WEEKS", true);
            clickNth(browser, ".series-step .step-up", 3);
            assertThat(regardings(browser)).containsExactly("Сбор информации о компании", "Звонок после сбора информации",
                    "Встреча в офисе компании", "Встреча для подписания договора");
            addStep(browser, "CALL", "15", "LOW", "Лишний звонок", "3", "DAYS", true);
            clickNth(browser, ".series-step .step-remove", 4);
            clickNth(browser, ".series-step .step-edit", 1);
            assertThat(browser.find("#step-regarding").getAttribute("value")).isEqualTo("Звонок после сбора информации");
            browser.click("#step-weekend-rule");
            browser.click("#step-next");
            browser.waitForText("#series-steps", "next Monday");
            assertThat(regardings(browser)).hasSize(4);
            assertThat(browser.text("#series-steps")).contains("day 2", "after 1 week", "after 1 month", "next Monday");
            browser.screenshot("series-steps");
            browser.click("#steps-next");

            browser.waitForText("#series-finish-title", "Finish");
            browser.type("#series-name", "Разработка компании");
            browser.type("#series-description", "От сбора информации до подписания договора");
            browser.click("#finish-save");
            browser.waitForText("#series-message", "Разработка компании");

            browser.open("/contacts/" + barney);
            browser.click("#schedule-series");
            browser.find("#series-schedule-form");
            assertThat(browser.find("#target-contact").isSelected()).isTrue();
            assertThat(new Select(browser.find("#schedule-series")).getFirstSelectedOption().getText()).isEqualTo("Разработка компании");
            setDate(browser, "#schedule-start", "2003-09-05");
            browser.screenshot("series-schedule");
            browser.click("#schedule-submit");

            browser.waitForText("#series-confirm-question", "only the selected contact");
            assertThat(browser.text("#series-confirm-activities")).contains("4 timeless activities", "1 contact");
            browser.click("#series-confirm-yes");

            browser.waitForText("#series-scheduled-message", "4 activities were scheduled for 1 contact");
            browser.click("#tab-activities");
            browser.waitForText("#activities-tab .activity-regarding", "Сбор информации о компании");
            assertThat(texts(browser, "#activities-tab .activity-date")).containsExactly("05.09.2003", "08.09.2003", "12.09.2003",
                    "06.10.2003");
            assertThat(texts(browser, "#activities-tab .activity-time")).containsOnly("Timeless").hasSize(4);
            assertThat(texts(browser, "#activities-tab .activity-regarding")).containsExactly("Сбор информации о компании",
                    "Звонок после сбора информации", "Встреча в офисе компании", "Встреча для подписания договора");
            browser.screenshot("series-barney-activities");
        }
    }

    /** Issue 14: with one draft per session, finishing the series of the first tab saved the second tab's series over it. */
    @Test
    void editsTwoSeriesInTwoTabsAndSavesEachAsEdited() throws Exception {
        String first = admin().post("/api/v1/series", SeriesApiTests.companyDevelopment("Разработка компании")).id();
        String second = admin().post("/api/v1/series", SeriesApiTests.companyDevelopment("Удержание клиента")).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/series/" + first + "/edit");
            browser.waitForText("#series-steps-title", "Series");
            String tabA = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String tabB = browser.driver().getWindowHandle();
            browser.open("/series/" + second + "/edit");
            browser.waitForText("#series-steps-title", "Series");

            browser.driver().switchTo().window(tabA);
            addStep(browser, "CALL", "15", "LOW", "Звонок через год", "12", "MONTHS", false);
            browser.driver().switchTo().window(tabB);
            clickNth(browser, ".series-step .step-remove", 0);
            browser.click("#steps-next");
            browser.waitForText("#series-finish-title", "Finish");
            browser.driver().switchTo().window(tabA);
            browser.click("#steps-next");
            browser.waitForText("#series-finish-title", "Finish");
            browser.type("#series-name", "Разработка компании 2");
            browser.click("#finish-save");
            browser.waitForText("#series-message", "Разработка компании 2");
            browser.driver().switchTo().window(tabB);
            browser.type("#series-name", "Удержание клиента 2");
            browser.click("#finish-save");
            browser.waitForText("#series-message", "Удержание клиента 2");
        }
        SeriesPageTests.bothSavedAsEdited(admin(), first, second);
    }

    private static void addStep(Browser browser, String type, String minutes, String priority, String regarding, String amount,
            String unit, boolean moveToMonday) {
        browser.click("#step-add");
        browser.waitForText("#series-step-title", "Activity");
        fillStep(browser, type, minutes, priority, regarding, amount, unit, moveToMonday);
        browser.click("#step-next");
        browser.waitForText("#series-steps", regarding);
    }

    private static void fillStep(Browser browser, String type, String minutes, String priority, String regarding, String amount,
            String unit, boolean moveToMonday) {
        new Select(browser.find("#step-type")).selectByValue(type);
        new Select(browser.find("#step-duration")).selectByValue(minutes);
        new Select(browser.find("#step-priority")).selectByValue(priority);
        browser.type("#step-regarding", regarding);
        browser.type("#step-offset-amount", amount);
        new Select(browser.find("#step-offset-unit")).selectByValue(unit);
        if (browser.find("#step-weekend-rule").isSelected() != moveToMonday) {
            browser.click("#step-weekend-rule");
        }
    }

    /** Clicks the n-th of the elements and waits for the page it leads to. */
    private static void clickNth(Browser browser, String cssSelector, int index) {
        WebElement element = browser.driver().findElements(By.cssSelector(cssSelector)).get(index);
        element.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    private static List<String> regardings(Browser browser) {
        return texts(browser, ".series-step .step-regarding");
    }

    private static List<String> texts(Browser browser, String cssSelector) {
        return browser.driver().findElements(By.cssSelector(cssSelector)).stream().map(WebElement::getText).toList();
    }

    /** A date input takes its value as the page's date picker would set it. */
    private static void setDate(Browser browser, String cssSelector, String isoDate) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(cssSelector), isoDate);
    }
}
