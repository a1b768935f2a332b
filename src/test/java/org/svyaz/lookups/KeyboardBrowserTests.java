package org.svyaz.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** An ACT! veteran's keyboard: Page Up/Down, the arrow keys, Enter and type-ahead, and the unsaved-changes warning. */
@Tag("browser")
class KeyboardBrowserTests extends SvyazTests {

    @Test
    void walksTheListAndTheContactsWithTheKeyboardAndJumpsToACompanyOnAnotherPage() throws Exception {
        String first = null;
        for (int i = 0; i < 60; i++) {
            String id = admin().post("/api/v1/contacts", Map.of("company", String.format("Alpha %02d", i),
                    "lastName", String.format("Person %02d", i))).id();
            first = first == null ? id : first;
        }
        admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts"));
        admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Apu", "lastName", "Nahasapeemapetilon"));
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);

            browser.open("/contacts/" + first);
            browser.waitForText("#contact-title", "Person 00");
            keys(browser, Keys.PAGE_DOWN);
            browser.waitForText("#contact-title", "Person 01");
            keys(browser, Keys.PAGE_DOWN);
            browser.waitForText("#contact-title", "Person 02");
            keys(browser, Keys.PAGE_UP);
            browser.waitForText("#contact-title", "Person 01");

            browser.click("#nav-contacts");
            browser.find("#contact-list");
            keys(browser, Keys.ARROW_DOWN);
            String firstRow = selectedRow(browser);
            keys(browser, Keys.ARROW_DOWN);
            keys(browser, Keys.ARROW_DOWN);
            keys(browser, Keys.ARROW_UP);
            String secondRow = selectedRow(browser);
            assertThat(secondRow).isNotEqualTo(firstRow);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("class")).contains("table-active");
            keys(browser, Keys.ENTER);
            browser.find("#contact-title");
            assertThat(browser.driver().getCurrentUrl()).endsWith(secondRow);

            browser.click("#nav-contacts");
            browser.find("#contact-list");
            keys(browser, "kw");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("jump=kw"));
            WebElement jumped = browser.find("#contact-list tr.jumped");
            assertThat(jumped.getText()).contains("Kwik-e-mart", "Giverts");
            assertThat(browser.driver().switchTo().activeElement()).isEqualTo(jumped);
            assertThat(browser.text("#contact-list")).doesNotContain("Alpha 00");
            keys(browser, Keys.ENTER);
            browser.waitForText("#contact-title", "Barney Giverts");

            // above the first row of a page, the selection goes on at the last row of the page before
            browser.open("/contacts?jump=kw");
            browser.find("#contact-list tr.jumped");
            keys(browser, Keys.ARROW_UP);
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("before="));
            browser.find("#contact-list");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(driver -> driver.switchTo().activeElement().getText().contains("Alpha 59"));

            browser.open("/contacts");
            browser.find("#contact-list");
            keys(browser, "xy");
            browser.waitForText("#jump-missed", "No company in this list starts with");
        }
    }

    @Test
    void warnsBeforeLeavingAContactFormOrANoteWithUnsavedChanges() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts")).id();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney + "/edit");
            assertThat(asksBeforeLeaving(browser)).as("nothing changed yet").isFalse();
            browser.type("#city", "Springfield");
            assertThat(asksBeforeLeaving(browser)).as("the city changed").isTrue();
            browser.click("#contact-save");
            browser.waitForText("#contact-title", "Barney Giverts");
            assertThat(asksBeforeLeaving(browser)).as("saved").isFalse();

            browser.click("#insert-note");
            browser.type("#note-text", "Wants the price list by Friday");
            assertThat(asksBeforeLeaving(browser)).as("a note being written").isTrue();
            browser.click("#note-save");
            browser.waitForText("#timeline", "Wants the price list by Friday");
            assertThat(asksBeforeLeaving(browser)).as("the note saved").isFalse();
        }
    }

    /**
     * Whether leaving the page now would ask the user first. WebDriver answers the browser's own
     * "Leave site?" question by itself, so the test asks the page's handler as the browser does.
     */
    private static boolean asksBeforeLeaving(Browser browser) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript("""
                var leaving = new Event('beforeunload', {cancelable: true});
                window.dispatchEvent(leaving);
                return leaving.defaultPrevented;
                """);
    }

    private static void keys(Browser browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private static String selectedRow(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("data-href");
    }
}
