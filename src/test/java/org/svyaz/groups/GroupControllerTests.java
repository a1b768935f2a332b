package org.svyaz.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        // Vector alone: the administrator's My Record has no sales status
        assertThat(tab.text("#rule-applied")).contains("1 contact joined");
        assertThat(tab.html().select("#rule-field-0 option[selected]").attr("value")).isEqualTo("status");
        assertThat(pages.htmxGet("/groups/" + group + "/members").text("#member-count")).contains("1");
    }

    @Test
    void groupCustomFieldsAreDefinedByAnAdministratorAndKeptOnTheGroupForm() {
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        pages.submit("/admin/custom-fields", Map.of("entity", "group", "name", "region", "label", "Sales region", "type", "TEXT"));
        assertThat(pages.get("/admin/custom-fields?entity=group").html().select("input[name=label]").eachAttr("value"))
                .contains("Sales region");
        assertThat(pages.get("/admin/custom-fields").html().select("input[name=label]").eachAttr("value"))
                .doesNotContain("Sales region");

        String group = admin().post("/api/v1/groups", Map.of("name", "North", "customFields", Map.of("region", "Tver"))).id();
        PageClient.Page window = pages.get("/groups/" + group);
        assertThat(window.html().select("#custom-region").attr("value")).isEqualTo("Tver");
        pages.submit("/groups/" + group, Map.of("name", "North-West", "custom.region", "Pskov", "version", "1", "parentId", ""));
        assertThat(admin().get("/api/v1/groups/" + group).json().get("customFields").get("region").asText()).isEqualTo("Pskov");
        assertThat(admin().post("/api/v1/groups/lookup", Map.of("criteria", List.of(Map.of("field", "customFields.region",
                "op", "equals", "value", "pskov")))).json().get("items").get(0).get("name").asText()).isEqualTo("North-West");
    }

    @Test
    void aGroupsContactsBecomeTheCurrentLookupAndTheListsTaggedContactsJoinAGroup() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        admin().post("/api/v1/contacts", Map.of("company", "Vector", "lastName", "Petrov"));
        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        admin().post("/api/v1/me/tags", Map.of("contactIds", List.of(barney)));
        pages.submit("/groups/add-contacts", Map.of("groupId", group, "source", "tagged"));
        assertThat(admin().get("/api/v1/groups/" + group + "/members").json().get("total").asInt()).isEqualTo(1);

        pages.submit("/groups/" + group + "/contacts-lookup", Map.of());
        PageClient.Page list = pages.get("/contacts");
        assertThat(list.text("#lookup-description")).contains("Kwik-e-mart");
        assertThat(list.text("#contact-count")).contains("1");
        assertThat(list.text("#contact-list")).contains("Giverts").doesNotContain("Petrov");
    }

    @Test
    void aGroupLookupReplacesTheTreeUntilAllGroupsAreShownAgain() {
        admin().post("/api/v1/groups", Map.of("name", "Tver shops", "city", "Тверь"));
        admin().post("/api/v1/groups", Map.of("name", "Moscow shops", "city", "Москва", "phone", "+7 495 000-00-00"));
        PageClient pages = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        PageClient.Page found = pages.get("/groups/lookup?field=phone&op=empty&value=");
        assertThat(found.text("#group-title")).isEqualTo("Tver shops");
        assertThat(found.text("#group-lookup-results")).contains("Tver shops").doesNotContain("Moscow shops");
        pages.submit("/groups/lookup/clear", Map.of());
        assertThat(pages.get("/groups").text("#group-tree")).contains("Tver shops", "Moscow shops");
        assertThat(pages.get("/groups/lookup?keyword=moscow").text("#group-title")).isEqualTo("Moscow shops");
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
        assertThat(pages.get("/groups/" + parent).html().select("form[data-confirm]").attr("data-confirm")).contains("its 1 subgroup (");
    }
}
