package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class ContactApiTests extends SvyazTests {

    private static final List<String> TEXT_FIELDS = List.of("company", "firstName", "lastName", "salutation", "title", "department",
            "phone", "phoneExt", "mobile", "fax", "homePhone", "website", "address1", "address2", "city", "region", "postalCode",
            "country", "referredBy");

    @Test
    void createsReadsAndListsAContact() {
        Response created = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/contacts/" + created.id());
        JsonNode contact = admin().get("/api/v1/contacts/" + created.id()).json();
        assertThat(contact.get("company").asText()).isEqualTo("Kwik-e-mart");
        assertThat(contact.get("recordManager").asText()).isEqualTo("admin");
        assertThat(contact.get("status").asText()).isEqualTo("prospect");
        assertThat(contact.get("private").asBoolean()).isFalse();
        assertThat(contact.get("version").asLong()).isEqualTo(1);
        assertThat(contact.get("createdAt").asText()).endsWith("Z");
        assertThat(UUID.fromString(contact.get("id").asText()).version()).isEqualTo(7);
        JsonNode list = admin().get("/api/v1/contacts").json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("next").isNull()).isTrue();
    }

    @Test
    void keepsCyrillicAndEmojiInEveryTextField() {
        Map<String, Object> body = new LinkedHashMap<>();
        TEXT_FIELDS.forEach(field -> body.put(field, "Ёж 🦔 " + field.substring(0, 3)));
        body.put("email", "ёжик@пример.рф");
        body.put("otherEmails", List.of("второй@пример.рф"));
        Response created = admin().post("/api/v1/contacts", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode stored = admin().get("/api/v1/contacts/" + created.id()).json();
        TEXT_FIELDS.forEach(field -> assertThat(stored.get(field).asText()).isEqualTo("Ёж 🦔 " + field.substring(0, 3)));
        assertThat(stored.get("email").asText()).isEqualTo("ёжик@пример.рф");
        assertThat(stored.get("otherEmails").get(0).asText()).isEqualTo("второй@пример.рф");
    }

    @Test
    void rejectsAContactWithoutAnyNameAndStoresNothing() {
        Response refused = admin().post("/api/v1/contacts", Map.of("title", "Buyer", "city", "Tver"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isNotBlank();
        assertThat(refused.json().get("fields").has("name")).isTrue();
        assertThat(admin().get("/api/v1/contacts").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void reportsEveryInvalidFieldByName() {
        Map<String, Object> body = new HashMap<>();
        body.put("lastName", "x".repeat(101));
        body.put("email", "not an address");
        body.put("status", "martian");
        body.put("recordManager", "nobody");
        body.put("shoeSize", 42);
        Response refused = admin().post("/api/v1/contacts", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").fieldNames()).toIterable()
                .contains("lastName", "email", "status", "recordManager", "shoeSize");
    }

    @Test
    void answersMalformedRequestsWith400() {
        assertThat(admin().get("/api/v1/contacts/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().postRaw("/api/v1/contacts", "application/json", "{\"company\": ").status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/contacts", Map.of("company", "Acme", "private", "yes")).status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts?limit=0").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts?limit=1001").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts?after=garbage").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts?sort=shoeSize").status()).isEqualTo(400);
    }

    @Test
    void answersAnUnknownContactWith404() {
        String unknown = "/api/v1/contacts/" + UUID.randomUUID();
        assertThat(admin().get(unknown).status()).isEqualTo(404);
        assertThat(admin().patch(unknown, Map.of("city", "Tver")).status()).isEqualTo(404);
        assertThat(admin().delete(unknown).status()).isEqualTo(404);
    }

    @Test
    void patchChangesOnlyThePropertiesSent() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme", "city", "Tver", "phone", "123")).id();
        Response patched = admin().patch("/api/v1/contacts/" + id, Map.of("city", "Москва"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("city").asText()).isEqualTo("Москва");
        assertThat(patched.json().get("phone").asText()).isEqualTo("123");
        assertThat(patched.json().get("company").asText()).isEqualTo("Acme");
        assertThat(patched.json().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheOtherUsersChange() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        assertThat(admin().patch("/api/v1/contacts/" + id, Map.of("city", "Tver", "version", 1)).status()).isEqualTo(200);
        Response stale = admin().patch("/api/v1/contacts/" + id, Map.of("city", "Kazan", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isNotBlank();
        assertThat(admin().get("/api/v1/contacts/" + id).json().get("city").asText()).isEqualTo("Tver");
    }

    @Test
    void countsAChangeOfCustomFieldsAloneAsANewVersion() {
        admin().post("/api/v1/admin/custom-fields", Map.of("entity", "contact", "name", "contractCode", "label", "Contract code",
                "type", "TEXT"));
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        Response first = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of("contractCode", "D-1"), "version", 1));
        assertThat(first.json().get("version").asLong()).isEqualTo(2);
        Response stale = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of("contractCode", "D-2"), "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/contacts/" + id).json().get("customFields").get("contractCode").asText()).isEqualTo("D-1");
    }

    @Test
    void hidesAnotherUsersPrivateContactEverywhere() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String id = api(owner).post("/api/v1/contacts", Map.of("company", "Secret Ltd", "private", true)).id();
        assertThat(api(owner).get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        assertThat(api(other).get("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api(other).patch("/api/v1/contacts/" + id, Map.of("city", "Tver")).status()).isEqualTo(404);
        assertThat(api(other).delete("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/contacts?limit=1000").text()).doesNotContain(id);
        assertThat(api(other).get("/api/v1/contacts/" + id + "/notes").status()).isEqualTo(404);
    }

    @Test
    void givesEveryNewUserAMyRecord() {
        User zdv = data.user("zdv", Role.MANAGER);
        JsonNode me = api(zdv).get("/api/v1/me").json();
        assertThat(me.get("userName").asText()).isEqualTo(zdv.userName());
        assertThat(me.get("role").asText()).isEqualTo("MANAGER");
        JsonNode myRecord = api(zdv).get("/api/v1/contacts/" + me.get("myRecordId").asText()).json();
        assertThat(myRecord.get("myRecord").asBoolean()).isTrue();
        assertThat(myRecord.get("recordManager").asText()).isEqualTo(zdv.userName());
        assertThat(api(zdv).delete("/api/v1/contacts/" + me.get("myRecordId").asText()).status()).isEqualTo(403);
    }

    @Test
    void duplicatesWithPrimaryOrAllFields() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts",
                "city", "Springfield", "phone", "555-0100")).id();
        JsonNode primary = admin().post("/api/v1/contacts/" + id + "/duplicate", Map.of("fields", "primary")).json();
        assertThat(primary.get("company").asText()).isEqualTo("Kwik-e-mart");
        assertThat(primary.get("city").asText()).isEqualTo("Springfield");
        assertThat(primary.get("lastName").asText()).isEmpty();
        JsonNode all = admin().post("/api/v1/contacts/" + id + "/duplicate", Map.of("fields", "all")).json();
        assertThat(all.get("lastName").asText()).isEqualTo("Giverts");
        assertThat(all.get("id").asText()).isNotEqualTo(id);
        assertThat(admin().post("/api/v1/contacts/" + id + "/duplicate", Map.of("fields", "some")).status()).isEqualTo(400);
    }

    @Test
    void deletesAContact() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        assertThat(admin().delete("/api/v1/contacts/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void letsBrowseUsersReadButNotWrite() {
        User browser = data.user("reader", Role.BROWSE);
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        assertThat(api(browser).get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        assertThat(api(browser).post("/api/v1/contacts", Map.of("company", "Mine")).status()).isEqualTo(403);
        assertThat(api(browser).patch("/api/v1/contacts/" + id, Map.of("city", "Tver")).status()).isEqualTo(403);
        assertThat(api(browser).delete("/api/v1/contacts/" + id).status()).isEqualTo(403);
    }

    @Test
    void requiresCredentials() {
        Response anonymous = ApiClient.anonymous(port).get("/api/v1/contacts");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isNotBlank();
        assertThat(ApiClient.basic(port, "admin", "wrong").get("/api/v1/contacts").status()).isEqualTo(401);
    }

    @Test
    void pagesThroughTheDefaultOrder() {
        for (String company : List.of("Delta", "alpha", "Charlie", "bravo", "Echo")) {
            admin().post("/api/v1/contacts", Map.of("company", company));
        }
        JsonNode first = admin().get("/api/v1/contacts?limit=3").json();
        assertThat(first.get("total").asLong()).isEqualTo(6);
        assertThat(companies(first)).containsExactly("", "alpha", "bravo");
        JsonNode second = admin().get("/api/v1/contacts?limit=3&after=" + first.get("next").asText()).json();
        assertThat(companies(second)).containsExactly("Charlie", "Delta", "Echo");
        assertThat(second.get("next").isNull()).isTrue();
        JsonNode byCityDescending = admin().get("/api/v1/contacts?sort=company:desc&limit=2").json();
        assertThat(companies(byCityDescending)).containsExactly("Echo", "Delta");
    }

    private static List<String> companies(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("company").asText()).toList();
    }
}
