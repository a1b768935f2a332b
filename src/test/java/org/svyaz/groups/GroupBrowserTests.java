package org.svyaz.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** A sales manager organises Kwik-e-mart's people into groups, in a real browser (SPEC G1–G5). */
@Tag("browser")
class GroupBrowserTests extends SvyazTests {

    @Test
    void buildsKwikEMartWithAManagementSubgroupByHandAndByRuleThenDeletesTheSubgroup() throws Exception {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney",
                "lastName", "Giverts", "status", "customer")).id();
        admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Apu", "lastName", "Nahasapeemapetilon",
                "status", "prospect"));
        admin().post("/api/v1/contacts", Map.of("company", "Vector", "firstName", "Иван", "lastName", "Петров", "status", "prospect"));
        try (Browser browser = Browser.start(port)) {
            browser.logIn("admin", TestDatabase.ADMIN_PASSWORD);
            browser.click("#nav-groups");
            browser.click("#group-new");
            browser.type("#new-group-name", "Kwik-e-mart");
            browser.click("#new-group-save");
            browser.waitForText("#group-title", "Kwik-e-mart");

            browser.click("#group-new-subgroup");
            browser.type("#new-group-name", "Management");
            browser.click("#new-group-save");
            browser.waitForText("#group-title", "Management");
            assertThat(browser.text("#group-tree")).contains("Kwik-e-mart", "Management");

            browser.click("#members-add");
            browser.type("#member-search-q", "Giverts");
            browser.click("#pick-" + barney);
            browser.click("#member-add-submit");
            browser.waitForText("#member-list", "Giverts");

            browser.click("#group-tab-rule");
            new Select(browser.find("#rule-field-0")).selectByValue("status");
            new Select(browser.find("#rule-op-0")).selectByValue("equals");
            browser.type("#rule-value-0", "prospect");
            browser.click("#rule-save");
            // the two prospects; the administrator's My Record has no sales status
            browser.waitForText("#rule-applied", "2");

            browser.click("#group-tab-contacts");
            browser.waitForText("#member-count", "3");
            assertThat(browser.text("#member-list")).contains("Giverts", "Nahasapeemapetilon", "Петров");
            browser.screenshot("group-window");

            browser.click("#group-delete");
            browser.acceptConfirmation();
            browser.waitForText("#group-title", "Kwik-e-mart");
            assertThat(browser.text("#group-tree")).doesNotContain("Management");

            browser.open("/contacts/" + barney);
            browser.waitForText("#contact-title", "Barney Giverts");
            browser.click("#tab-groups");
            browser.find("#contact-groups-tab");
            assertThat(browser.text("#contact-group-list")).doesNotContain("Management");
        }
    }
}
