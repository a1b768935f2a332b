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
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Language;
import org.svyaz.users.Role;

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

    @Test
    void showsSortsAndKeepsTheColumnsEachUserChoseWithCustomFieldsInTheirLanguage() throws Exception {
        String ivan = data.user("ivan", Role.STANDARD, Language.RU).userName();
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/admin/custom-fields");
            browser.type("#cf-label", "Amount");
            browser.type("#cf-label-ru", "Сумма");
            browser.type("#cf-name", "amount");
            new Select(browser.find("#cf-type")).selectByValue("NUMBER");
            browser.click("#cf-add");
            browser.find("#saved-message");
            amount("Alpha", "1234.5");
            amount("Beta", "99");
            amount("Gamma", "20000");
            amount("Delta", null);

            browser.driver().manage().deleteAllCookies();
            browser.logIn(ivan, TestData.PASSWORD);
            browser.open("/contacts");
            assertThat(headers(browser)).as("the default columns").containsExactly("Компания", "Фамилия", "Имя", "Телефон", "Эл. почта",
                    "Город", "Статус");
            browser.click("#open-columns");
            browser.click("#column-customFields-amount");
            browser.type("#column-position-customFields-amount", "2");
            browser.click("#column-email");
            browser.click("#columns-submit");
            browser.waitForText("#contact-list thead", "Сумма");
            assertThat(headers(browser)).containsExactly("Компания", "Сумма", "Фамилия", "Имя", "Телефон", "Город", "Статус");
            assertThat(amounts(browser)).containsExactly("1\u00a0234,5", "99", "", "20\u00a0000");

            browser.click("#sort-customFields-amount");
            browser.waitForText("#sort-description", "Сумма");
            assertThat(amounts(browser)).as("the contacts without an amount last").containsExactly("99", "1\u00a0234,5", "20\u00a0000", "");
            browser.click("#sort-customFields-amount");
            browser.waitForText("#sort-description", "↓");
            assertThat(amounts(browser)).containsExactly("20\u00a0000", "1\u00a0234,5", "99", "");
            browser.screenshot("list-custom-column-ru");

            browser.driver().manage().deleteAllCookies();
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.open("/contacts");
            assertThat(headers(browser)).as("another user's columns stay theirs").doesNotContain("Amount").contains("E-mail");
            browser.driver().manage().deleteAllCookies();
            browser.logIn(ivan, TestData.PASSWORD);
            browser.open("/contacts");
            assertThat(headers(browser)).as("the choice outlives the session").containsExactly("Компания", "Сумма", "Фамилия", "Имя",
                    "Телефон", "Город", "Статус");
            browser.click("#open-columns");
            browser.click("#columns-default");
            browser.waitForText("#contact-list thead", "Эл. почта");
            assertThat(headers(browser)).doesNotContain("Сумма");
        }
    }

    private void amount(String company, String amount) {
        Map<String, Object> body = new HashMap<>(Map.of("company", company));
        if (amount != null) {
            body.put("customFields", Map.of("amount", amount));
        }
        assertThat(admin().post("/api/v1/contacts", body).status()).isEqualTo(201);
    }

    private static List<String> headers(Browser browser) {
        browser.find("#contact-list");
        return browser.driver().findElements(By.cssSelector("#contact-list thead th")).stream().map(WebElement::getText)
                .filter(text -> !text.isBlank()).toList();
    }

    /** The amounts of the companies' rows (not the users' My Records), with their no-break spaces. */
    private static List<String> amounts(Browser browser) {
        browser.find("#contact-list");
        return browser.driver().findElements(By.cssSelector("#contact-list tbody tr")).stream()
                .filter(row -> !row.findElement(By.cssSelector("td[data-column='company']")).getText().isEmpty())
                .map(row -> row.findElement(By.cssSelector("td[data-column='customFields.amount']")).getAttribute("textContent").trim())
                .toList();
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
