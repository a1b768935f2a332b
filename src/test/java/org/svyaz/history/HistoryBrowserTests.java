package org.svyaz.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** The Notes/History tab's filter, typed as a user types, in a real browser. */
@Tag("browser")
class HistoryBrowserTests extends SvyazTests {

    @Test
    void filtersByADateTypedDigitByDigitWithoutLosingAKeystroke() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        record(barney, "Called about the 2002 prices", "2002-06-01T10:00:00Z");
        record(barney, "Sent the 2003 offer", "2003-03-01T10:00:00Z");
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts/" + barney);
            browser.waitForText("#timeline", "Called about the 2002 prices");

            browser.find("#history-from").sendKeys("0");
            // a user types about five keys a second: slower than the page answers a filter
            for (char digit : "1012003".toCharArray()) {
                Thread.sleep(200);
                new Actions(browser.driver()).sendKeys(String.valueOf(digit)).perform();
            }
            Thread.sleep(200);
            // leaving the field filters
            browser.find("#contact-title").click();

            assertThat(browser.find("#history-from").getAttribute("value")).isEqualTo("2003-01-01");
            browser.waitForText("#timeline", "Sent the 2003 offer");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(driver -> !browser.text("#timeline").contains("Called about the 2002 prices"));
            assertThat(browser.find("#history-from").getAttribute("value")).isEqualTo("2003-01-01");
        }
    }

    private void record(String contactId, String regarding, String occurredAt) {
        int status = admin().post("/api/v1/contacts/" + contactId + "/history", Map.of("kind", "MANUAL", "regarding", regarding,
                "occurredAt", occurredAt)).status();
        assertThat(status).isEqualTo(201);
    }
}
