package org.svyaz.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Lookups through the REST API (API.md, "Lookups"), on both databases. */
class LookupApiTests extends SvyazTests {

    @BeforeEach
    void someContacts() {
        defineField("contractCode", "TEXT");
        defineField("discount", "NUMBER");
        defineField("signedOn", "DATE");
        defineField("vip", "BOOLEAN");
        contact("Kwik-e-mart", "Barney", "Giverts", "Springfield", "+1 (555) 013-2003", "barney@kwik-e-mart.com", "prospect",
                Map.of("contractCode", "KEM-2003-017", "discount", 5, "signedOn", "2003-09-05", "vip", true));
        contact("ООО «Ромашка»", "Иван", "Петров", "Москва", "+7 (495) 123-45-67", "", "customer",
                Map.of("contractCode", "Д-2002/114", "discount", 12.5, "signedOn", "2002-01-15"));
        contact("АО «Тверьхлеб»", "Сергей", "Кузнецов", "Тверь", "+7 (4822) 55-12-30", "", "prospect", Map.of());
        contact("Ёлки-Палки", "Пётр", "Ёжиков", "Тверь", "", "petr@elki.ru", "other", Map.of("vip", false));
    }

    @Test
    void looksUpByAnyFieldIgnoringCaseInEitherAlphabet() {
        assertThat(companies(lookup("city", "equals", "москва"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("city", "equals", "ТВЕРЬ"))).containsExactlyInAnyOrder("АО «Тверьхлеб»", "Ёлки-Палки");
        assertThat(companies(lookup("company", "contains", "ромаш"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("lastName", "startsWith", "giv"))).containsExactly("Kwik-e-mart");
        assertThat(companies(lookup("title", "empty", null))).hasSize(5);
    }

    @Test
    void foldsYoIntoYe() {
        assertThat(companies(lookup("lastName", "startsWith", "еж"))).containsExactly("Ёлки-Палки");
        assertThat(companies(lookup("company", "equals", "елки-палки"))).containsExactly("Ёлки-Палки");
    }

    @Test
    void findsAPhoneNumberHoweverItIsWritten() {
        assertThat(companies(lookup("phone", "equals", "4951234567"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("phone", "equals", "123-45-67"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("phone", "equals", "+7 495 123 45 67"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("phone", "startsWith", "+7 (4822)"))).containsExactly("АО «Тверьхлеб»");
        assertThat(companies(lookup("phones", "contains", "5512"))).containsExactly("АО «Тверьхлеб»");
        assertThat(companies(lookup("phone", "empty", null))).contains("Ёлки-Палки");
    }

    @Test
    void looksUpByCustomFieldsOfEveryType() {
        assertThat(companies(lookup("customFields.contractCode", "equals", "kem-2003-017"))).containsExactly("Kwik-e-mart");
        assertThat(companies(lookup("customFields.contractCode", "startsWith", "д-"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("customFields.contractCode", "empty", null))).containsExactlyInAnyOrder("АО «Тверьхлеб»",
                "Ёлки-Палки", "");
        assertThat(companies(lookup("customFields.discount", "gt", "10"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("customFields.discount", "lt", "10"))).containsExactly("Kwik-e-mart");
        assertThat(companies(lookup("customFields.signedOn", "lt", "2003-01-01"))).containsExactly("ООО «Ромашка»");
        assertThat(companies(lookup("customFields.signedOn", "equals", "05.09.2003"))).containsExactly("Kwik-e-mart");
        assertThat(companies(lookup("customFields.vip", "equals", "true"))).containsExactly("Kwik-e-mart");
        assertThat(companies(lookup("customFields.contractCode", "notEquals", "KEM-2003-017"))).doesNotContain("Kwik-e-mart")
                .contains("ООО «Ромашка»", "АО «Тверьхлеб»");
    }

    @Test
    void combinesCriteriaWithAllOrAny() {
        List<Map<String, Object>> tverProspects = List.of(criterion("city", "equals", "Тверь"), criterion("status", "equals", "prospect"));
        assertThat(companies(lookup(tverProspects, "all", null))).containsExactly("АО «Тверьхлеб»");
        // the administrator's My Record has no status: it is nobody's prospect
        assertThat(companies(lookup(tverProspects, "any", null))).containsExactlyInAnyOrder("Kwik-e-mart", "АО «Тверьхлеб»", "Ёлки-Палки");
    }

    @Test
    void findsEveryoneInTverWithNoEmailYet() {
        List<Map<String, Object>> criteria = List.of(criterion("city", "equals", "Тверь"), criterion("email", "empty", null));
        assertThat(companies(lookup(criteria, "all", null))).containsExactly("АО «Тверьхлеб»");
    }

    @Test
    void sortsByTheKeysGivenThenTheDefaultOrder() {
        Map<String, Object> body = Map.of("criteria", List.of(criterion("status", "notEquals", "customer")),
                "sort", List.of("city:desc", "lastName"));
        assertThat(companies(admin().post("/api/v1/contacts/lookup", body).json()))
                .containsExactly("Ёлки-Палки", "АО «Тверьхлеб»", "Kwik-e-mart", "");
    }

    @Test
    void searchesKeywordsInFieldsNotesAndHistory() {
        String id = idOf("Kwik-e-mart");
        admin().post("/api/v1/contacts/" + id + "/notes", Map.of("text", "Просил прислать прайс-лист к пятнице"));
        String petrov = idOf("ООО «Ромашка»");
        admin().post("/api/v1/contacts/" + petrov + "/history", Map.of("regarding", "Обсудили поставку хлеба", "activityType", "CALL"));
        assertThat(companies(keyword("прайс"))).containsExactly("Kwik-e-mart");
        assertThat(companies(keyword("хлеб"))).containsExactlyInAnyOrder("ООО «Ромашка»", "АО «Тверьхлеб»");
        assertThat(companies(keyword("kwik mart"))).containsExactly("Kwik-e-mart");
        JsonNode hits = admin().get("/api/v1/search?q=прайс").json().get("items");
        assertThat(hits.get(0).get("source").asText()).isEqualTo("NOTE");
        assertThat(hits.get(0).get("matchedText").asText()).contains("прайс-лист");
        assertThat(hits.get(0).get("contact").get("company").asText()).isEqualTo("Kwik-e-mart");
    }

    @Test
    void keywordSearchFindsPhonesByTheirDigitsAddressesAndCustomFields() {
        Response patched = admin().patch("/api/v1/contacts/" + idOf("ООО «Ромашка»"), Map.of("address1", "ул. Тверская, 7",
                "postalCode", "125009", "region", "Московская область", "country", "Россия"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        for (String phone : List.of("4951234567", "123-45-67", "+7 495 123 45 67")) {
            JsonNode hit = searchHits(phone).get(0);
            assertThat(hit.get("contact").get("company").asText()).as(phone).isEqualTo("ООО «Ромашка»");
            assertThat(hit.get("matchedText").asText()).as(phone).contains("+7 (495) 123-45-67");
            assertThat(companies(keyword(phone))).as(phone).containsExactly("ООО «Ромашка»");
        }
        for (String address : List.of("тверская", "125009", "московская область", "россия")) {
            JsonNode hit = searchHits(address).get(0);
            assertThat(hit.get("contact").get("company").asText()).as(address).isEqualTo("ООО «Ромашка»");
            assertThat(hit.get("matchedText").asText().toLowerCase()).as(address).contains(address);
        }
        JsonNode byContract = searchHits("KEM-2003");
        assertThat(byContract).hasSize(1);
        assertThat(byContract.get(0).get("contact").get("company").asText()).isEqualTo("Kwik-e-mart");
        assertThat(byContract.get(0).get("matchedText").asText()).contains("KEM-2003-017");
        assertThat(companies(keyword("д-2002/114"))).containsExactly("ООО «Ромашка»");
    }

    /** The hits of the search box, from its list envelope. */
    private JsonNode searchHits(String text) {
        Response response = admin().get("/api/v1/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items");
    }

    @Test
    void neverMatchesAnotherUsersPrivateNote() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.STANDARD);
        api(owner).post("/api/v1/contacts/" + idOf("Kwik-e-mart") + "/notes", Map.of("text", "секретнаяпометка", "private", true));
        assertThat(companies(api(owner).post("/api/v1/contacts/lookup", Map.of("keyword", "секретнаяпометка")).json())).hasSize(1);
        assertThat(companies(api(other).post("/api/v1/contacts/lookup", Map.of("keyword", "секретнаяпометка")).json())).isEmpty();
        assertThat(api(other).get("/api/v1/search?q=секретнаяпометка").json().get("items")).isEmpty();
    }

    @Test
    void neverShowsAnotherUsersPrivateContactInAnyLookupOrCount() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        api(owner).post("/api/v1/contacts", Map.of("company", "Secret Тверь Ltd", "city", "Тверь", "private", true));
        Response mine = api(owner).post("/api/v1/contacts/lookup", Map.of("criteria", List.of(criterion("city", "equals", "Тверь"))));
        Response theirs = api(other).post("/api/v1/contacts/lookup", Map.of("criteria", List.of(criterion("city", "equals", "Тверь"))));
        assertThat(mine.json().get("total").asInt()).isEqualTo(3);
        assertThat(theirs.json().get("total").asInt()).isEqualTo(2);
        assertThat(theirs.text()).doesNotContain("Secret");
        assertThat(api(other).get("/api/v1/search?q=secret").json().get("items")).isEmpty();
        assertThat(api(other).get("/api/v1/contacts").json().get("total").asInt())
                .isEqualTo(api(owner).get("/api/v1/contacts").json().get("total").asInt() - 1);
    }

    @Test
    void answersTheBuiltInLookups() {
        User zdv = data.user("zdv", Role.MANAGER);
        api(zdv).post("/api/v1/contacts", Map.of("company", "Mine prospect", "status", "prospect"));
        api(zdv).post("/api/v1/contacts", Map.of("company", "Mine customer", "status", "customer"));
        assertThat(companies(api(zdv).get("/api/v1/contacts/lookups/my-prospects").json())).containsExactly("Mine prospect");
        assertThat(companies(api(zdv).get("/api/v1/contacts/lookups/my-clients").json()))
                .containsExactlyInAnyOrder("Mine prospect", "Mine customer");
        JsonNode myRecord = api(zdv).get("/api/v1/contacts/lookups/my-record").json();
        assertThat(myRecord.get("items")).hasSize(1);
        assertThat(myRecord.get("items").get(0).get("myRecord").asBoolean()).isTrue();
        // four contacts, two My Records, two of zdv's
        assertThat(api(zdv).get("/api/v1/contacts/lookups/all").json().get("total").asInt()).isEqualTo(8);
        assertThat(api(zdv).get("/api/v1/contacts/lookups/nobody").status()).isEqualTo(404);
    }

    @Test
    void looksUpAStatusByItsNameInEitherLanguageAsWellAsItsCode() {
        List<String> tverProspects = List.of("АО «Тверьхлеб»");
        for (String status : List.of("Перспективный", "перспективный", "Prospect", "PROSPECT", "prospect")) {
            assertThat(companies(lookup(List.of(criterion("status", "equals", status), criterion("city", "equals", "Тверь")), "all", null)))
                    .as(status).isEqualTo(tverProspects);
        }
        assertThat(companies(lookup("status", "notEquals", "Клиент"))).doesNotContain("ООО «Ромашка»").contains("Kwik-e-mart");
        Response unknown = admin().post("/api/v1/contacts/lookup", Map.of("criteria", List.of(criterion("status", "equals", "Спящий"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get("criteria[0]").asText()).contains("Спящий");
    }

    @Test
    void looksUpARecordManagerByFullNameAsWellAsUserName() {
        User zaytsev = users.actingAs(data.admin().id(),
                () -> users.create(new NewUser("zaytsev", TestData.PASSWORD, "Дмитрий Зайцев", Role.MANAGER, Language.RU)));
        api(zaytsev).post("/api/v1/contacts", Map.of("company", "Зайцев и партнёры"));
        List<Map<String, Object>> notAUser = List.of(criterion("myRecord", "equals", false));
        for (String manager : List.of("Дмитрий Зайцев", "дмитрий зайцев", "zaytsev")) {
            List<Map<String, Object>> criteria = new java.util.ArrayList<>(notAUser);
            criteria.add(criterion("recordManager", "equals", manager));
            assertThat(companies(lookup(criteria, "all", null))).as(manager).containsExactly("Зайцев и партнёры");
        }
        assertThat(admin().post("/api/v1/contacts/lookup", Map.of("criteria", List.of(criterion("recordManager", "equals", "Никто Никакой"))))
                .status()).isEqualTo(400);
    }

    @Test
    void savesALookupByAStatusName() {
        Response saved = admin().post("/api/v1/lookups", Map.of("name", "Клиенты", "criteria", List.of(criterion("status", "equals", "Клиент"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        assertThat(companies(admin().get("/api/v1/lookups/" + saved.id() + "/contacts").json())).containsExactly("ООО «Ромашка»");
    }

    @Test
    void aMyRecordHasNoStatusSoNoProspectLookupFindsIt() {
        User zdv = data.user("zdv", Role.MANAGER);
        JsonNode myRecord = api(zdv).get("/api/v1/contacts/lookups/my-record").json().get("items").get(0);
        assertThat(myRecord.get("status").isNull()).as(myRecord.toString()).isTrue();
        Response edited = api(zdv).patch("/api/v1/contacts/" + myRecord.get("id").asText(),
                Map.of("phone", "+7 (495) 000-00-01", "version", myRecord.get("version").asLong()));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("status").isNull()).isTrue();
        assertThat(lastNames(lookup("status", "equals", "prospect"))).containsExactlyInAnyOrder("Giverts", "Кузнецов");
    }

    @Test
    void marksAMyRecordAsMineOnlyForItsOwner() {
        User zdv = data.user("zdv", Role.MANAGER);
        String zdvRecord = api(zdv).get("/api/v1/contacts/lookups/my-record").json().get("items").get(0).get("id").asText();
        PageClient owner = PageClient.loggedIn(port, zdv.userName(), TestData.PASSWORD);
        assertThat(owner.get("/contacts/" + zdvRecord).html().selectFirst("#my-record-badge")).isNotNull();
        PageClient colleague = PageClient.loggedIn(port, "admin", org.svyaz.TestDatabase.ADMIN_PASSWORD);
        PageClient.Page seen = colleague.get("/contacts/" + zdvRecord);
        assertThat(seen.html().selectFirst("#my-record-badge")).isNull();
        assertThat(seen.text("#user-record-badge")).isEqualTo("User record");
    }

    @Test
    void refusesUnknownFieldsOperatorsAndValuesByCriterion() {
        Response refused = admin().post("/api/v1/contacts/lookup", Map.of("criteria", List.of(
                criterion("shoeSize", "equals", "42"),
                criterion("city", "resembles", "Tver"),
                criterion("customFields.discount", "gt", "a lot"),
                criterion("customFields.signedOn", "equals", "31.02.2003"),
                criterion("phone", "equals", "no digits"),
                criterion("city", "equals", null),
                criterion("status", "contains", "pro"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "criteria[0]", "criteria[1]", "criteria[2]", "criteria[3]", "criteria[4]", "criteria[5]", "criteria[6]");
        assertThat(admin().post("/api/v1/contacts/lookup", Map.of("match", "sometimes")).status()).isEqualTo(400);
    }

    @Test
    void tagsContactsAndLooksUpTheTagged() {
        admin().post("/api/v1/me/tags", Map.of("contactIds", List.of(idOf("Kwik-e-mart"), idOf("ООО «Ромашка»"))));
        assertThat(companies(admin().get("/api/v1/me/tags").json())).containsExactly("Kwik-e-mart", "ООО «Ромашка»");
        admin().delete("/api/v1/me/tags/" + idOf("Kwik-e-mart"));
        assertThat(companies(admin().get("/api/v1/me/tags").json())).containsExactly("ООО «Ромашка»");
        Response tagAll = admin().post("/api/v1/me/tags", Map.of("lookup", Map.of("criteria", List.of(criterion("city", "equals", "Тверь")))));
        assertThat(tagAll.json().get("tagged").asInt()).isEqualTo(3);
        User other = data.user("other", Role.STANDARD);
        assertThat(api(other).get("/api/v1/me/tags").json().get("total").asInt()).isZero();
        admin().delete("/api/v1/me/tags");
        assertThat(admin().get("/api/v1/me/tags").json().get("total").asInt()).isZero();
    }

    @Test
    void savesALookupRunsItAndSharesIt() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.STANDARD);
        Map<String, Object> body = new HashMap<>(Map.of("name", "Тверь", "criteria", List.of(criterion("city", "equals", "Тверь")),
                "sort", List.of("lastName")));
        Response saved = api(zdv).post("/api/v1/lookups", body);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        String id = saved.id();
        assertThat(companies(api(zdv).get("/api/v1/lookups/" + id + "/contacts").json())).containsExactly("Ёлки-Палки", "АО «Тверьхлеб»");
        assertThat(api(other).get("/api/v1/lookups/" + id).status()).isEqualTo(404);
        assertThat(api(zdv).post("/api/v1/lookups", body).status()).isEqualTo(400);
        body.put("shared", true);
        body.put("name", "Тверь, все");
        assertThat(api(zdv).put("/api/v1/lookups/" + id, body).status()).isEqualTo(200);
        assertThat(companies(api(other).get("/api/v1/lookups/" + id + "/contacts").json())).hasSize(2);
        assertThat(api(other).delete("/api/v1/lookups/" + id).status()).isEqualTo(403);
        assertThat(api(zdv).delete("/api/v1/lookups/" + id).status()).isEqualTo(204);
        assertThat(api(zdv).get("/api/v1/lookups/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSharedLookupIsListedOnTheSavedLookupsPageOfEveryUser() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.STANDARD);
        Response saved = api(zdv).post("/api/v1/lookups", Map.of("name", "Тверь", "shared", true,
                "criteria", List.of(criterion("city", "equals", "Тверь"))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

        for (String user : List.of(zdv.userName(), other.userName())) {
            PageClient.Page page = PageClient.loggedIn(port, user, TestData.PASSWORD).get("/lookups");
            assertThat(page.status()).as(user).isEqualTo(200);
            assertThat(page.html().select(".saved-name").eachText()).as(user).containsExactly("Тверь");
            assertThat(page.html().select(".card-body .small.mb-2").text()).as(user).contains("Тверь");
        }
    }

    @Test
    void aSavedLookupIsAnsweredInTheShapeItIsSentIn() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Tver prospects", "match", "any", "keyword", "хлеб",
                "criteria", List.of(criterion("city", "equals", "Тверь"), criterion("status", "equals", "prospect")),
                "sort", List.of("lastName")));
        JsonNode saved = admin().post("/api/v1/lookups", body).json();

        JsonNode read = admin().get("/api/v1/lookups/" + saved.get("id").asText()).json();

        assertThat(read.has("filter")).isFalse();
        assertThat(read.get("match").asText()).isEqualTo("any");
        assertThat(read.get("keyword").asText()).isEqualTo("хлеб");
        assertThat(read.get("criteria").findValuesAsText("field")).containsExactly("city", "status");
        assertThat(read.get("criteria").findValuesAsText("op")).containsExactly("equals", "equals");
        assertThat(read.get("criteria").findValuesAsText("value")).containsExactly("Тверь", "prospect");
        assertThat(read.get("sort").get(0).asText()).isEqualTo("lastName");
        assertThat(admin().get("/api/v1/lookups").json().get("items").get(0)).isEqualTo(read);
        Response putBack = admin().put("/api/v1/lookups/" + saved.get("id").asText(), read);
        assertThat(putBack.status()).as(putBack.toString()).isEqualTo(200);
        assertThat(putBack.json().get("criteria")).isEqualTo(read.get("criteria"));
    }

    @Test
    void aLookupCombinedBeyondCriteriaAndKeywordIsAnsweredAsItsFilterAndTakenBackSo() {
        Map<String, Object> combined = Map.of("kind", "either", "first", Map.of("kind", "criteria", "match", "all",
                        "criteria", List.of(Map.of("field", "company", "op", "contains", "value", "хлеб"))),
                "second", Map.of("kind", "criteria", "match", "all", "criteria", List.of(Map.of("field", "city", "op", "equals",
                        "value", "Москва"))));
        Response saved = admin().post("/api/v1/lookups", Map.of("name", "Bread or Moscow", "filter", combined));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);

        JsonNode read = admin().get("/api/v1/lookups/" + saved.id()).json();

        assertThat(read.get("filter").get("kind").asText()).isEqualTo("either");
        assertThat(read.get("criteria").isNull()).isTrue();
        assertThat(companies(admin().get("/api/v1/lookups/" + saved.id() + "/contacts").json()))
                .containsExactlyInAnyOrder("ООО «Ромашка»", "АО «Тверьхлеб»");
        assertThat(admin().put("/api/v1/lookups/" + saved.id(), read).status()).isEqualTo(200);
        Response both = admin().post("/api/v1/lookups", Map.of("name", "Both", "filter", combined,
                "criteria", List.of(criterion("city", "equals", "Тверь"))));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("fields").get("filter").asText()).isEqualTo("Send either criteria and a keyword, or a filter, not both.");
    }

    @Test
    void refusesToSaveALookupWithAnUnknownField() {
        Response refused = admin().post("/api/v1/lookups", Map.of("name", "Broken", "criteria", List.of(criterion("shoeSize", "equals", "42"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/lookups").json().get("total").asInt()).isZero();
    }

    private JsonNode lookup(String field, String op, Object value) {
        return lookup(List.of(criterion(field, op, value)), "all", null);
    }

    private JsonNode lookup(List<Map<String, Object>> criteria, String match, String keyword) {
        Map<String, Object> body = new HashMap<>();
        body.put("criteria", criteria);
        body.put("match", match);
        if (keyword != null) {
            body.put("keyword", keyword);
        }
        body.put("limit", 1000);
        Response response = admin().post("/api/v1/contacts/lookup", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode keyword(String text) {
        Response response = admin().post("/api/v1/contacts/lookup", Map.of("keyword", text));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, Object> criterion(String field, String op, Object value) {
        Map<String, Object> criterion = new HashMap<>();
        criterion.put("field", field);
        criterion.put("op", op);
        criterion.put("value", value);
        return criterion;
    }

    private void defineField(String name, String type) {
        admin().post("/api/v1/admin/custom-fields", Map.of("entity", "contact", "name", name, "label", name, "type", type));
    }

    private void contact(String company, String firstName, String lastName, String city, String phone, String email, String status,
            Map<String, Object> customFields) {
        Map<String, Object> body = new HashMap<>(Map.of("company", company, "firstName", firstName, "lastName", lastName, "city", city,
                "phone", phone, "email", email, "status", status, "customFields", customFields));
        Response created = admin().post("/api/v1/contacts", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    private String idOf(String company) {
        JsonNode page = lookup("company", "equals", company);
        return page.get("items").get(0).get("id").asText();
    }

    private static List<String> lastNames(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("lastName").asText()).toList();
    }

    private static List<String> companies(JsonNode page) {
        JsonNode items = page.has("items") ? page.get("items") : page;
        return StreamSupport.stream(items.spliterator(), false)
                .map(item -> (item.has("contact") ? item.get("contact") : item).get("company").asText())
                .toList();
    }
}
