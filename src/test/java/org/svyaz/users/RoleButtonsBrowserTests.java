package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.svyaz.ApiClient;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;

/**
 * The pages follow the role matrix: an assistant with Browse reads a contact, its notes and its
 * documents without a single button that would change them, and a Restricted user edits but
 * never finds a Delete.
 */
@Tag("browser")
class RoleButtonsBrowserTests extends SvyazTests {

    @Test
    void anAssistantWhoMayOnlyBrowseSeesNoEditButtons() throws Exception {
        User assistant = data.user("assistant", Role.BROWSE);
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts", "city", "Springfield"))
                .id();
        admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Wants the price list"));
        admin().upload("/api/v1/contacts/" + contact + "/documents", "offer.txt", "text/plain", "offer".getBytes());
        try (Browser browser = Browser.start(port)) {
            browser.logIn(assistant.userName(), TestData.PASSWORD);
            browser.click("#nav-contacts");
            browser.find("#contact-list");
            assertAbsent(browser, "#new-contact", "#add-to-group", "#nav-new-contact");

            browser.driver().findElement(By.xpath("//td[text()='Springfield']")).click();
            browser.waitForText("#contact-title", "Giverts");
            browser.waitForText("#timeline", "Wants the price list");
            assertAbsent(browser, "#contact-edit", "#contact-delete", "#contact-duplicate", "#schedule-CALL", "#insert-note",
                    ".entry-edit", ".entry-delete");
            browser.click("#tab-documents");
            browser.waitForText("#document-list", "offer.txt");
            assertAbsent(browser, "#document-upload", ".document-delete");
            browser.screenshot("browse-contact-window");
        }
    }

    @Test
    void aRestrictedUserEditsButHasNoDelete() throws Exception {
        User clerk = data.user("clerk", Role.RESTRICTED);
        ApiClient api = ApiClient.basic(port, clerk.userName(), TestData.PASSWORD);
        String contact = api.post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        api.post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Wants the price list"));
        api.upload("/api/v1/contacts/" + contact + "/documents", "offer.txt", "text/plain", "offer".getBytes());
        try (Browser browser = Browser.start(port)) {
            browser.logIn(clerk.userName(), TestData.PASSWORD);
            browser.open("/contacts/" + contact);
            browser.waitForText("#contact-title", "Giverts");
            browser.waitForText("#timeline", "Wants the price list");
            assertThat(browser.find("#contact-edit").isDisplayed()).isTrue();
            assertThat(browser.driver().findElements(By.cssSelector(".entry-edit"))).isNotEmpty();
            assertAbsent(browser, "#contact-delete", ".entry-delete");
            browser.click("#tab-documents");
            browser.waitForText("#document-list", "offer.txt");
            assertThat(browser.driver().findElements(By.cssSelector("#document-upload"))).isNotEmpty();
            assertAbsent(browser, ".document-delete");

            browser.click("#contact-edit");
            browser.type("#city", "Shelbyville");
            browser.click("#contact-save");
            browser.waitForText("#contact-title", "Giverts");
            assertAbsent(browser, "#contact-delete");
            browser.screenshot("restricted-contact-window");
        }
    }

    private static void assertAbsent(Browser browser, String... selectors) {
        for (String selector : List.of(selectors)) {
            assertThat(browser.driver().findElements(By.cssSelector(selector))).as(selector).isEmpty();
        }
    }
}
