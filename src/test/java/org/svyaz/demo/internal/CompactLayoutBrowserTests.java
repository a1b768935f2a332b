package org.svyaz.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/**
 * The manual's demo world on a 1024×768 screen, in Russian (zdv) and English (admin): the menu on
 * one line, the Contact List's columns up to Status in view, and Barney Giverts's tabs above the
 * fold. Screenshots at 1024 and 1440 wide go to target/screenshots.
 */
@Tag("browser")
class CompactLayoutBrowserTests extends SvyazTests {

    @Autowired
    private DemoWorld demo;

    @Test
    void fitsTheMenuTheListAndTheContactTabsInto1024By768InBothLanguages() throws Exception {
        demo.load();
        String zdvPassword = "zdv-own-password";
        // the demo user must choose their own password at the first log-in (StartupTests)
        assertThat(ApiClient.basic(port, "zdv", DemoWorld.ZDV_PASSWORD).post("/api/v1/me/password",
                Map.of("currentPassword", DemoWorld.ZDV_PASSWORD, "newPassword", zdvPassword)).status()).isEqualTo(204);
        String barney = admin().get("/api/v1/contacts?limit=100").json().get("items").findParents("lastName").stream()
                .filter(contact -> contact.get("lastName").asText().equals("Giverts")).findFirst().orElseThrow().get("id").asText();
        try (Browser browser = Browser.start(port)) {
            for (Map.Entry<String, String> user : Map.of("zdv", zdvPassword, "admin", TestDatabase.ADMIN_PASSWORD).entrySet()) {
                browser.driver().manage().deleteAllCookies();
                browser.logIn(user.getKey(), user.getValue());
                viewport(browser, 1024, 768);

                browser.open("/contacts");
                browser.find("#contact-list");
                browser.screenshot("layout-1024-list-" + user.getKey());
                assertThat(top(browser, "#nav-user")).as("the menu's last item is on its first line")
                        .isEqualTo(top(browser, "#nav-contacts"));
                assertThat(number(browser, "return document.querySelector('#sort-status').closest('th').getBoundingClientRect().right"))
                        .as("the Status column's right edge").isLessThanOrEqualTo(1024);

                browser.open("/contacts/" + barney);
                browser.find("#tab-history");
                browser.screenshot("layout-1024-contact-" + user.getKey());
                assertThat(top(browser, "#nav-user")).isEqualTo(top(browser, "#nav-contacts"));
                assertThat(number(browser, "return document.querySelector('#tab-history').getBoundingClientRect().bottom"))
                        .as("the bottom of the contact's tabs").isLessThanOrEqualTo(768);

                viewport(browser, 1440, 900);
                browser.open("/contacts");
                browser.find("#contact-list");
                browser.screenshot("layout-1440-list-" + user.getKey());
                browser.open("/contacts/" + barney);
                browser.find("#tab-history");
                browser.screenshot("layout-1440-contact-" + user.getKey());
                assertThat(top(browser, "#nav-user")).isEqualTo(top(browser, "#nav-contacts"));
            }
        }
    }

    /** Sizes the window so that the page itself gets exactly this many pixels. */
    private static void viewport(Browser browser, int width, int height) {
        browser.driver().manage().window().setSize(new Dimension(width, height));
        long innerWidth = (long) number(browser, "return window.innerWidth");
        long innerHeight = (long) number(browser, "return window.innerHeight");
        browser.driver().manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
    }

    private static double top(Browser browser, String selector) {
        browser.find(selector);
        return number(browser, "return document.querySelector('" + selector + "').getBoundingClientRect().top");
    }

    private static double number(Browser browser, String script) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(script)).doubleValue();
    }
}
