package org.svyaz.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

/** A sales manager looks contacts up, narrows, tags and sorts them, in a real browser. */
@Tag("browser")
class LookupBrowserTests extends SvyazTests {

    @Test
    void looksUpByContractCodeNarrowsTagsAndSorts() throws Exception {
        admin().post("/api/v1/admin/custom-fields", Map.of("entity", "contact", "name", "contractCode", "label", "Код договора",
                "type", "TEXT"));
        contact("Ромашка", "Петров", "Москва", "Д-2003-01");
        contact("Ромашка", "Смирнова", "Тверь", "Д-2003-02");
        contact("Вектор", "Иванов", "Тверь", "Д-2003-03");
        contact("Вектор", "Алексеев", "Тверь", "Д-2003-04");
        contact("Kwik-e-mart", "Giverts", "Springfield", "KEM-2003-017");
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.click("#nav-contacts");

            lookUp(browser, "customFields.contractCode", "startsWith", "д-2003", "replace");
            browser.waitForText("#contact-count", "4");
            assertThat(browser.text("#lookup-description")).contains("Код договора");

            lookUp(browser, "city", "equals", "тверь", "narrow");
            browser.waitForText("#contact-count", "3");
            assertThat(lastNames(browser)).containsExactlyInAnyOrder("Смирнова", "Иванов", "Алексеев");

            tag(browser, "Иванов");
            browser.waitForText("#tagged-count", "1");
            tag(browser, "Смирнова");
            browser.waitForText("#tagged-count", "2");
            browser.click("#tag-menu");
            browser.click("#lookup-tagged");
            browser.waitForText("#contact-count", "2");
            assertThat(lastNames(browser)).containsExactlyInAnyOrder("Иванов", "Смирнова");

            browser.open("/contacts/lookups/all");
            browser.click("#open-sort");
            new Select(browser.find("#sort-key-0")).selectByValue("city");
            new Select(browser.find("#sort-key-1")).selectByValue("lastName");
            browser.click("#sort-submit");
            browser.waitForText("#sort-description", "City");
            browser.screenshot("lookup-sorted");
            assertThat(lastNames(browser)).containsExactly("Giverts", "Петров", "Алексеев", "Иванов", "Смирнова");
        }
    }

    @Test
    void looksUpAStatusByNameFixesTagModeSetsAndSaysWhenNothingIsFound() throws Exception {
        contactWithStatus("Ромашка", "Петров", "Москва", "prospect");
        contactWithStatus("Альфа", "Алексеев", "Тверь", "prospect");
        contactWithStatus("Вектор", "Иванов", "Тверь", "customer");
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.click("#nav-contacts");

            lookUp(browser, "status", "equals", "Prospect", "replace");
            browser.waitForText("#lookup-description", "Status is «Prospect»");
            assertThat(lastNames(browser)).containsExactlyInAnyOrder("Петров", "Алексеев");

            tag(browser, "Алексеев");
            browser.waitForText("#tagged-count", "1");
            browser.click("#tag-menu");
            browser.click("#omit-tagged");
            browser.waitForText("#lookup-description", "as they were when looked up");
            assertThat(lastNames(browser)).containsExactly("Петров");
            browser.click("#tag-menu");
            browser.click("#tag-all");
            browser.waitForText("#tagged-count", "2");
            assertThat(lastNames(browser)).containsExactly("Петров");

            lookUp(browser, "city", "equals", "Владивосток", "replace");
            browser.waitForText("#lookup-found-nothing", "City is «Владивосток»");
            browser.screenshot("lookup-found-nothing");
            assertThat(browser.text("#contact-list")).doesNotContain("No contacts yet");
            browser.click("#back-to-all-contacts");
            browser.waitForText("#lookup-description", "All contacts");
            assertThat(lastNames(browser)).containsExactlyInAnyOrder("Петров", "Алексеев", "Иванов");
        }
    }

    private void contactWithStatus(String company, String lastName, String city, String status) {
        Map<String, Object> body = Map.of("company", company, "lastName", lastName, "city", city, "status", status);
        assertThat(admin().post("/api/v1/contacts", body).status()).isEqualTo(201);
    }

    private static void lookUp(Browser browser, String field, String operator, String value, String mode) {
        browser.click("#open-lookup");
        new Select(browser.find("#criterion-field-0")).selectByValue(field);
        new Select(browser.find("#criterion-op-0")).selectByValue(operator);
        browser.type("#criterion-value-0", value);
        browser.click("#mode-" + mode);
        browser.click("#lookup-submit");
    }

    private static void tag(Browser browser, String lastName) {
        WebElement row = browser.driver().findElement(By.xpath("//tr[td[text()='" + lastName + "']]"));
        row.findElement(By.cssSelector("input.tag-toggle")).click();
    }

    private static List<String> lastNames(Browser browser) {
        browser.find("#contact-list");
        return browser.driver().findElements(By.cssSelector("#contact-list tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).filter(text -> !text.isEmpty() && !text.equals("Administrator")).toList();
    }

    private void contact(String company, String lastName, String city, String code) {
        Map<String, Object> body = new HashMap<>(Map.of("company", company, "lastName", lastName, "city", city,
                "customFields", Map.of("contractCode", code)));
        assertThat(admin().post("/api/v1/contacts", body).status()).isEqualTo(201);
    }
}
