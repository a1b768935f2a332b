package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** A sales manager's first session, clicked through in a real browser. */
@Tag("browser")
class ContactListBrowserTests extends SvyazTests {

    @Test
    void createsAContactWithANoteAndAFileFindsItBySortingAndSwitchesToRussian() throws Exception {
        for (String city : List.of("Abakan", "Zelenograd", "Moscow")) {
            admin().post("/api/v1/contacts", Map.of("company", "Other " + city, "city", city));
        }
        Path attachment = Files.createTempFile("price-list", ".csv");
        Files.writeString(attachment, "product;price\nbread;42\n");
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);

            browser.click("#nav-new-contact");
            browser.type("#company", "Kwik-e-mart");
            browser.type("#firstName", "Barney");
            browser.type("#lastName", "Giverts");
            browser.type("#city", "Springfield");
            browser.screenshot("contact-form");
            browser.click("#contact-save");
            browser.waitForText("#contact-title", "Barney Giverts");

            browser.click("#insert-note");
            browser.type("#note-text", "Wants the price list by Friday");
            browser.click("#note-save");
            browser.waitForText("#timeline", "Wants the price list by Friday");

            browser.click("#tab-documents");
            browser.find("#document-file").sendKeys(attachment.toString());
            browser.click("#document-attach");
            browser.waitForText("#document-list", attachment.getFileName().toString());
            browser.screenshot("contact-window");

            browser.click("#nav-contacts");
            browser.click("#sort-city");
            assertThat(cities(browser)).containsSubsequence("Abakan", "Moscow", "Springfield", "Zelenograd");
            browser.click("#sort-city");
            assertThat(cities(browser)).containsSubsequence("Zelenograd", "Springfield", "Moscow", "Abakan");
            browser.screenshot("contact-list");
            browser.driver().findElement(By.xpath("//td[text()='Springfield']")).click();
            browser.waitForText("#contact-title", "Barney Giverts");
            browser.waitForText("#timeline", "Wants the price list by Friday");

            browser.click("#nav-user");
            browser.click("#nav-account");
            new Select(browser.find("#language")).selectByValue("ru");
            browser.click("#profile-save");
            browser.waitForText("#nav-contacts", "Контакты");
            browser.click("#nav-contacts");
            browser.waitForText("#sort-city", "Город");
            browser.screenshot("contact-list-ru");
        }
    }

    private static List<String> cities(Browser browser) {
        browser.find("#contact-list");
        return browser.driver().findElements(By.cssSelector("#contact-list tbody td[data-column=city]")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
