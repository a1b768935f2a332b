package org.svyaz.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** The groups window's pages and tabs, as the browser requests them. */
class GroupControllerTests extends SvyazTests {

    @Test
    void savesARuleFromTheMembershipWizardAndShowsWhatItChanged() {
        admin().post("/api/v1/contacts", Map.of("company", "Vector", "status", "prospect"));
        String group = admin().post("/api/v1/groups", Map.of("name", "Prospects")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        PageClient.Page tab = pages.htmxPost("/groups/" + group + "/rule", Map.of("field", "status", "op", "equals",
                "value", "prospect", "match", "all", "version", "1"));
        // Vector and the administrator's My Record, a prospect too
        assertThat(tab.text("#rule-applied")).contains("2 contacts joined");
        assertThat(tab.html().select("#rule-field-0 option[selected]").attr("value")).isEqualTo("status");
        assertThat(pages.htmxGet("/groups/" + group + "/members").text("#member-count")).contains("2");
    }

    @Test
    void showsTheWindowWithTheTreeAndTheSelectedGroup() {
        String parent = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        String child = admin().post("/api/v1/groups", Map.of("name", "Management", "parentId", parent)).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page window = pages.get("/groups/" + child);
        assertThat(window.status()).isEqualTo(200);
        assertThat(window.text("#group-title")).isEqualTo("Management");
        assertThat(window.text("#group-tree")).contains("Kwik-e-mart", "Management");
        assertThat(window.html().select("form[data-confirm]").attr("data-confirm")).contains("Management");
        assertThat(pages.get("/groups/" + parent).html().select("form[data-confirm]").attr("data-confirm")).contains("subgroups");
    }
}
