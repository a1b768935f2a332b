package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * Nobody takes a colleague's contact: who manages a contact and who may see it are changed by
 * its record manager, a manager or an administrator, and a My Record by its user or an
 * administrator; the others get 403 and the contact stays as it was.
 */
class RecordTakeoverTests extends SvyazTests {

    @Test
    void aColleagueMayEditAPublicContactButNotMakeItHisOwn() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String id = api(owner).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        ApiClient other = api(colleague);

        assertThat(other.patch("/api/v1/contacts/" + id, Map.of("city", "Тверь")).status()).isEqualTo(200);
        Response privateToHim = other.patch("/api/v1/contacts/" + id, Map.of("private", true, "recordManager", colleague.userName()));
        assertThat(privateToHim.status()).as(privateToHim.toString()).isEqualTo(403);
        assertThat(other.patch("/api/v1/contacts/" + id, Map.of("private", true)).status()).isEqualTo(403);
        assertThat(other.patch("/api/v1/contacts/" + id, Map.of("recordManager", colleague.userName())).status()).isEqualTo(403);

        JsonNode stillTheOwners = api(owner).get("/api/v1/contacts/" + id).json();
        assertThat(stillTheOwners.get("private").asBoolean()).isFalse();
        assertThat(stillTheOwners.get("city").asText()).isEqualTo("Тверь");
        assertThat(admin().get("/api/v1/contacts/" + id).status()).isEqualTo(200);
    }

    @Test
    void theEditFormOffersAccessOnlyToWhoMayChangeIt() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String id = api(owner).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();

        PageClient page = PageClient.loggedIn(port, colleague.userName(), TestData.PASSWORD);
        Element form = page.get("/contacts/" + id + "/edit").html().selectFirst("form[data-unsaved-warning]");
        assertThat(form.selectFirst("select#recordManagerId").hasAttr("disabled")).isTrue();
        assertThat(form.selectFirst("select#access").hasAttr("disabled")).isTrue();
        Map<String, String> values = PageClient.formValues(form);
        values.put("city", "Тверь");
        page.submit(form.attr("action"), values);
        JsonNode saved = api(owner).get("/api/v1/contacts/" + id).json();
        assertThat(saved.get("city").asText()).isEqualTo("Тверь");
        assertThat(saved.get("private").asBoolean()).isFalse();

        Element ownForm = PageClient.loggedIn(port, owner.userName(), TestData.PASSWORD).get("/contacts/" + id + "/edit").html()
                .selectFirst("select#recordManagerId");
        assertThat(ownForm.hasAttr("disabled")).isFalse();
    }

    @Test
    void theRecordManagerAManagerAndAnAdministratorMayChangeAccess() {
        User owner = data.user("owner", Role.STANDARD);
        User manager = data.user("manager", Role.MANAGER);
        String id = api(owner).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();

        assertThat(api(manager).patch("/api/v1/contacts/" + id, Map.of("recordManager", manager.userName())).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/contacts/" + id, Map.of("recordManager", owner.userName())).status()).isEqualTo(200);
        assertThat(api(owner).patch("/api/v1/contacts/" + id, Map.of("private", true)).status()).isEqualTo(200);
        assertThat(api(manager).get("/api/v1/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void aMyRecordIsChangedByItsUserOrAnAdministrator() {
        User zdv = data.user("zdv", Role.STANDARD);
        User colleague = data.user("colleague", Role.MANAGER);
        String myRecord = api(zdv).get("/api/v1/me").json().get("myRecordId").asText();

        Response refused = api(colleague).patch("/api/v1/contacts/" + myRecord, Map.of("phone", "+7 495 000-00-00"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(api(zdv).patch("/api/v1/contacts/" + myRecord, Map.of("phone", "+7 495 123-45-67")).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/contacts/" + myRecord, Map.of("city", "Москва")).status()).isEqualTo(200);
        assertThat(api(zdv).get("/api/v1/contacts/" + myRecord).json().get("phone").asText()).isEqualTo("+7 495 123-45-67");
    }
}
