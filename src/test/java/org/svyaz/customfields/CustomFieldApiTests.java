package org.svyaz.customfields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class CustomFieldApiTests extends SvyazTests {

    private static final List<String> FIELDS = List.of("contractCode", "discount", "signedOn", "vip", "region");

    @Autowired
    DSLContext dsl;

    @Test
    void definesFieldsOfAllFiveTypes() {
        Response text = define("contractCode", "Contract code", "TEXT");
        assertThat(text.status()).as(text.toString()).isEqualTo(201);
        assertThat(text.header("Location")).endsWith("/api/v1/admin/custom-fields/" + text.id());
        assertThat(text.json().get("entity").asText()).isEqualTo("contact");
        assertThat(text.json().get("name").asText()).isEqualTo("contractCode");
        assertThat(text.json().get("label").asText()).isEqualTo("Contract code");
        assertThat(text.json().get("type").asText()).isEqualTo("TEXT");
        assertThat(define("discount", "Discount, %", "NUMBER").status()).isEqualTo(201);
        assertThat(define("signedOn", "Signed on", "DATE").status()).isEqualTo(201);
        assertThat(define("vip", "VIP", "BOOLEAN").status()).isEqualTo(201);
        Response picklist = definePicklist("region", "Region", List.of("North", "South", "Восток"));
        assertThat(picklist.status()).as(picklist.toString()).isEqualTo(201);
        assertThat(picklist.json().get("type").asText()).isEqualTo("PICKLIST");
        assertThat(strings(picklist.json().get("options"))).containsExactly("North", "South", "Восток");

        User reader = data.user("reader", Role.BROWSE);
        JsonNode list = api(reader).get("/api/v1/custom-fields").json();
        assertThat(list.get("total").asLong()).isEqualTo(5);
        assertThat(StreamSupport.stream(list.get("items").spliterator(), false).map(field -> field.get("name").asText()))
                .containsExactlyElementsOf(FIELDS);
    }

    @Test
    void showsEveryFieldInEveryContactAsNullUntilItIsSet() {
        String before = contact(Map.of("company", "Before Ltd"));
        defineAll();
        String after = contact(Map.of("company", "After Ltd"));
        for (String id : List.of(before, after)) {
            JsonNode customFields = admin().get("/api/v1/contacts/" + id).json().get("customFields");
            assertThat(customFields.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
            FIELDS.forEach(field -> assertThat(customFields.get(field).isNull()).as(field).isTrue());
        }
        JsonNode listed = admin().get("/api/v1/contacts").json().get("items").get(0).get("customFields");
        assertThat(listed.fieldNames()).toIterable().containsExactlyElementsOf(FIELDS);
    }

    @Test
    void keepsEachValueWithItsType() {
        defineAll();
        String id = contact(Map.of("company", "Acme", "customFields", Map.of("contractCode", "K-17/2003", "discount", 12.5,
                "signedOn", "2003-09-05", "vip", true, "region", "Восток")));
        JsonNode values = admin().get("/api/v1/contacts/" + id).json().get("customFields");
        assertThat(values.get("contractCode").isTextual()).isTrue();
        assertThat(values.get("contractCode").asText()).isEqualTo("K-17/2003");
        assertThat(values.get("discount").isNumber()).isTrue();
        assertThat(values.get("discount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(values.get("signedOn").asText()).isEqualTo("2003-09-05");
        assertThat(values.get("vip").isBoolean()).isTrue();
        assertThat(values.get("vip").booleanValue()).isTrue();
        assertThat(values.get("region").asText()).isEqualTo("Восток");

        Response no = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of("vip", false)));
        assertThat(no.status()).as(no.toString()).isEqualTo(200);
        assertThat(no.json().get("customFields").get("vip").isBoolean()).isTrue();
        assertThat(no.json().get("customFields").get("vip").booleanValue()).isFalse();
    }

    @Test
    void writesWholeAndNegativeNumbersPlainly() {
        defineAll();
        for (String number : List.of("1000", "-3", "0", "0.000001", "123456789012.5")) {
            String id = contact(Map.of("company", "Acme", "customFields", Map.of("discount", new BigDecimal(number))));
            Response read = admin().get("/api/v1/contacts/" + id);
            assertThat(read.json().get("customFields").get("discount").decimalValue()).as(number).isEqualByComparingTo(number);
            assertThat(read.text()).as(number).contains("\"discount\":" + number);
        }
    }

    @Test
    void readsValuesAsAFormWouldSendThem() {
        defineAll();
        String id = contact(Map.of("company", "Acme", "customFields", Map.of("discount", "12,5", "signedOn", "05.09.2003",
                "vip", "да", "contractCode", "  K-17  ")));
        JsonNode values = admin().get("/api/v1/contacts/" + id).json().get("customFields");
        assertThat(values.get("discount").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(values.get("signedOn").asText()).isEqualTo("2003-09-05");
        assertThat(values.get("vip").booleanValue()).isTrue();
        assertThat(values.get("contractCode").asText()).isEqualTo("K-17");
    }

    @Test
    void patchChangesOnlyTheCustomFieldsSent() {
        defineAll();
        String id = contact(Map.of("company", "Acme", "customFields", Map.of("contractCode", "K-17", "discount", 5,
                "signedOn", "2003-09-05", "vip", true, "region", "North")));
        JsonNode patched = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of("region", "South"))).json();
        assertThat(patched.get("customFields").get("region").asText()).isEqualTo("South");
        assertThat(patched.get("customFields").get("contractCode").asText()).isEqualTo("K-17");
        assertThat(patched.get("customFields").get("discount").decimalValue()).isEqualByComparingTo("5");
        assertThat(patched.get("customFields").get("signedOn").asText()).isEqualTo("2003-09-05");
        assertThat(patched.get("customFields").get("vip").booleanValue()).isTrue();

        Map<String, Object> clear = new HashMap<>();
        clear.put("contractCode", null);
        JsonNode cleared = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", clear)).json();
        assertThat(cleared.get("customFields").get("contractCode").isNull()).isTrue();
        assertThat(cleared.get("customFields").get("region").asText()).isEqualTo("South");

        JsonNode otherField = admin().patch("/api/v1/contacts/" + id, Map.of("city", "Tver")).json();
        assertThat(otherField.get("customFields").get("region").asText()).isEqualTo("South");
        assertThat(otherField.get("customFields").get("vip").booleanValue()).isTrue();
        assertThat(otherField.get("customFields").get("discount").decimalValue()).isEqualByComparingTo("5");
    }

    @Test
    void refusesBadValuesNamingEachFieldAndChangesNothing() {
        defineAll();
        String id = contact(Map.of("company", "Acme", "customFields", Map.of("discount", 5, "signedOn", "2003-09-05",
                "region", "North", "vip", true)));
        Map<String, Object> bad = Map.of("discount", "abc", "signedOn", "31.02.2003", "region", "West", "shoeSize", 42,
                "vip", "maybe");
        for (Map.Entry<String, Object> value : bad.entrySet()) {
            Response refused = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of(value.getKey(), value.getValue())));
            assertThat(refused.status()).as(value.toString()).isEqualTo(400);
            assertThat(refused.json().get("fields").has("customFields." + value.getKey())).as(refused.toString()).isTrue();
        }
        Response all = admin().patch("/api/v1/contacts/" + id, Map.of("city", "Tver", "customFields", bad));
        assertThat(all.status()).isEqualTo(400);
        assertThat(all.json().get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder("customFields.discount",
                "customFields.signedOn", "customFields.region", "customFields.shoeSize", "customFields.vip");
        JsonNode unchanged = admin().get("/api/v1/contacts/" + id).json();
        assertThat(unchanged.get("city").asText()).isEmpty();
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
        assertThat(unchanged.get("customFields").get("discount").decimalValue()).isEqualByComparingTo("5");
        assertThat(unchanged.get("customFields").get("signedOn").asText()).isEqualTo("2003-09-05");
        assertThat(unchanged.get("customFields").get("region").asText()).isEqualTo("North");
        assertThat(unchanged.get("customFields").get("vip").booleanValue()).isTrue();

        Response created = admin().post("/api/v1/contacts", Map.of("company", "Never", "customFields", Map.of("signedOn", "2003-02-31")));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("fields").has("customFields.signedOn")).isTrue();
        assertThat(admin().get("/api/v1/contacts").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void refusesADuplicateFieldName() {
        assertThat(define("contractCode", "Contract code", "TEXT").status()).isEqualTo(201);
        Response duplicate = define("contractCode", "Another", "NUMBER");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("fields").has("name")).isTrue();
        assertThat(admin().get("/api/v1/custom-fields").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesInvalidDefinitions() {
        for (String name : List.of("", "2fast", "with space", "контракт", "a-b", "customFields.x", "a".repeat(61))) {
            Response refused = define(name, "Label", "TEXT");
            assertThat(refused.status()).as(name).isEqualTo(400);
            assertThat(refused.json().get("fields").has("name")).as(name).isTrue();
        }
        Response badType = define("colour", "Colour", "COLOUR");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.json().get("fields").has("type")).isTrue();
        Response noType = define("colour", "Colour", null);
        assertThat(noType.json().get("fields").has("type")).isTrue();
        Response noOptions = definePicklist("colour", "Colour", List.of());
        assertThat(noOptions.status()).isEqualTo(400);
        assertThat(noOptions.json().get("fields").has("options")).isTrue();
        Map<String, Object> unknown = new HashMap<>(Map.of("entity", "spaceship", "name", "colour", "label", "Colour", "type", "TEXT"));
        assertThat(admin().post("/api/v1/admin/custom-fields", unknown).json().get("fields").has("entity")).isTrue();
        assertThat(admin().get("/api/v1/custom-fields").json().get("total").asLong()).isZero();
    }

    @Test
    void letsOnlyAdministratorsAndManagersDefineChangeOrRemoveFields() {
        String id = define("contractCode", "Contract code", "TEXT").id();
        for (Role role : List.of(Role.STANDARD, Role.RESTRICTED, Role.BROWSE)) {
            ApiClient user = api(data.user("user", role));
            Response refused = user.post("/api/v1/admin/custom-fields",
                    Map.of("entity", "contact", "name", "mine", "label", "Mine", "type", "TEXT"));
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(user.patch("/api/v1/admin/custom-fields/" + id, Map.of("label", "Changed")).status()).isEqualTo(403);
            assertThat(user.delete("/api/v1/admin/custom-fields/" + id).status()).isEqualTo(403);
            JsonNode list = user.get("/api/v1/custom-fields").json();
            assertThat(list.get("total").asLong()).as(role.name()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("label").asText()).isEqualTo("Contract code");
        }
    }

    @Test
    void removingAFieldRemovesItsValues() {
        defineAll();
        String fieldId = admin().get("/api/v1/custom-fields").json().get("items").get(0).get("id").asText();
        String id = contact(Map.of("company", "Acme", "customFields", Map.of("contractCode", "K-17", "region", "North")));
        assertThat(admin().delete("/api/v1/admin/custom-fields/" + fieldId).status()).isEqualTo(204);
        JsonNode customFields = admin().get("/api/v1/contacts/" + id).json().get("customFields");
        assertThat(customFields.has("contractCode")).isFalse();
        assertThat(customFields.get("region").asText()).isEqualTo("North");
        assertThat(dsl.fetchCount(CUSTOM_VALUE, CUSTOM_VALUE.FIELD_ID.eq(UUID.fromString(fieldId)))).isZero();
        assertThat(admin().get("/api/v1/custom-fields").json().get("total").asLong()).isEqualTo(4);
        Response unknown = admin().patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of("contractCode", "K-18")));
        assertThat(unknown.json().get("fields").has("customFields.contractCode")).isTrue();

        assertThat(define("contractCode", "Contract code", "TEXT").status()).isEqualTo(201);
        assertThat(admin().get("/api/v1/contacts/" + id).json().get("customFields").get("contractCode").isNull()).isTrue();
        assertThat(admin().delete("/api/v1/admin/custom-fields/" + fieldId).status()).isEqualTo(404);
    }

    @Test
    void answersMalformedAndUnknownFieldIdsWith400And404() {
        assertThat(admin().get("/api/v1/admin/custom-fields/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().delete("/api/v1/admin/custom-fields/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/admin/custom-fields/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/admin/custom-fields/" + UUID.randomUUID(), Map.of("label", "x")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/admin/custom-fields/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    private void defineAll() {
        assertThat(define("contractCode", "Contract code", "TEXT").status()).isEqualTo(201);
        assertThat(define("discount", "Discount", "NUMBER").status()).isEqualTo(201);
        assertThat(define("signedOn", "Signed on", "DATE").status()).isEqualTo(201);
        assertThat(define("vip", "VIP", "BOOLEAN").status()).isEqualTo(201);
        assertThat(definePicklist("region", "Region", List.of("North", "South", "Восток")).status()).isEqualTo(201);
    }

    @Test
    void labelsAFieldInEachLanguageAndShowsEachViewerTheirs() {
        Response field = admin().post("/api/v1/admin/custom-fields", Map.of("entity", "contact", "name", "contractCode",
                "label", "Contract code", "labelRu", "Код договора", "type", "TEXT"));
        assertThat(field.status()).as(field.toString()).isEqualTo(201);
        assertThat(field.json().get("label").asText()).isEqualTo("Contract code");
        assertThat(field.json().get("labelRu").asText()).isEqualTo("Код договора");
        Response onlyRussian = admin().post("/api/v1/admin/custom-fields", Map.of("entity", "contact", "name", "discount",
                "labelRu", "Скидка", "type", "NUMBER"));
        assertThat(onlyRussian.json().get("label").asText()).as("the English label falls back to the Russian one").isEqualTo("Скидка");
        String id = contact(Map.of("company", "Kwik-e-mart", "customFields", Map.of("contractCode", "KEM-2003-017", "discount", "1234.5")));
        String ivan = data.user("ivan", Role.STANDARD, Language.RU).userName();
        String john = data.user("john", Role.STANDARD, Language.EN).userName();

        PageClient.Page russian = PageClient.loggedIn(port, ivan, TestData.PASSWORD).get("/contacts/" + id);
        assertThat(russian.html().select(".contact-fields dt").eachText()).contains("Код договора", "Скидка").doesNotContain("Contract code");
        assertThat(russian.html().selectFirst("#view-cf-discount").wholeText().trim()).isEqualTo("1\u00a0234,5");
        PageClient.Page english = PageClient.loggedIn(port, john, TestData.PASSWORD).get("/contacts/" + id);
        assertThat(english.html().select(".contact-fields dt").eachText()).contains("Contract code", "Скидка").doesNotContain("Код договора");
        assertThat(english.html().selectFirst("#view-cf-discount").wholeText().trim()).isEqualTo("1,234.5");

        Response removed = admin().patch("/api/v1/admin/custom-fields/" + field.id(), Map.of("labelRu", ""));
        assertThat(removed.json().get("labelRu").isNull()).isTrue();
        assertThat(PageClient.loggedIn(port, ivan, TestData.PASSWORD).get("/contacts/" + id).html().select(".contact-fields dt").eachText())
                .as("without a Russian label the English one shows").contains("Contract code");
    }

    @Test
    void takesNumbersWrittenTheRussianOrTheEnglishWay() {
        define("discount", "Discount", "NUMBER");
        for (String written : List.of("1 234,5", "1,234.5", "1234.5", "1\u00a0234,5")) {
            String id = contact(Map.of("company", "Numbers", "customFields", Map.of("discount", written)));
            assertThat(admin().get("/api/v1/contacts/" + id).json().get("customFields").get("discount").decimalValue())
                    .as(written).isEqualByComparingTo("1234.5");
        }
    }

    @Test
    void sortsTheContactListByACustomFieldPageByPage() {
        define("discount", "Discount", "NUMBER");
        for (String discount : List.of("7.5", "-2", "100", "30")) {
            contact(Map.of("company", "Discount " + discount, "customFields", Map.of("discount", discount)));
        }
        List<String> companies = new java.util.ArrayList<>();
        String after = "";
        do {
            JsonNode page = admin().get("/api/v1/contacts?limit=2&sort=customFields.discount:desc" + (after.isEmpty() ? "" : "&after=" + after)).json();
            page.get("items").forEach(contact -> companies.add(contact.get("company").asText()));
            after = page.get("next").isNull() ? "" : page.get("next").asText();
        } while (!after.isEmpty());
        assertThat(companies.subList(0, 4)).containsExactly("Discount 100", "Discount 30", "Discount 7.5", "Discount -2");
        assertThat(companies).hasSize(5);
        assertThat(admin().get("/api/v1/contacts?sort=customFields.unknown").status()).isEqualTo(400);
    }

    private Response define(String name, String label, String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", "contact");
        body.put("name", name);
        body.put("label", label);
        body.put("type", type);
        return admin().post("/api/v1/admin/custom-fields", body);
    }

    private Response definePicklist(String name, String label, List<String> options) {
        return admin().post("/api/v1/admin/custom-fields",
                Map.of("entity", "contact", "name", name, "label", label, "type", "PICKLIST", "options", options));
    }

    private String contact(Map<String, Object> body) {
        Response created = admin().post("/api/v1/contacts", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
