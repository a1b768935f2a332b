package org.svyaz.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** Groups, subgroups, members and rules through the REST API (API.md, "Groups"), on both databases. */
class GroupApiTests extends SvyazTests {

    @Test
    void refusesAPropertyItDoesNotKnowAndChangesNothing() {
        JsonNode group = created(admin().post("/api/v1/groups", Map.of("name", "Key accounts")));
        ApiClient.Response created = admin().post("/api/v1/groups", Map.of("name", "Secret one", "secret", true));
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().get("fields").has("secret")).isTrue();
        ApiClient.Response patched = admin().patch("/api/v1/groups/" + group.get("id").asText(), Map.of("city", "Тверь", "colour", "red"));
        assertThat(patched.status()).isEqualTo(400);
        assertThat(patched.json().get("fields").has("colour")).isTrue();
        assertThat(admin().get("/api/v1/groups/" + group.get("id").asText()).json().get("city").asText()).isNotEqualTo("Тверь");
        // what a read answered may be sent back as it is
        assertThat(admin().patch("/api/v1/groups/" + group.get("id").asText(), group).status()).isEqualTo(200);
    }

    @Test
    void buildsATreeTenLevelsDeepAndRefusesToMakeAGroupItsOwnDescendant() {
        List<String> chain = new ArrayList<>();
        String parent = null;
        for (int level = 1; level <= 10; level++) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "Level " + level));
            body.put("parentId", parent);
            parent = created(admin().post("/api/v1/groups", body)).get("id").asText();
            chain.add(parent);
        }
        assertThat(admin().get("/api/v1/groups/" + chain.get(3) + "/subgroups").json().get("items").get(0).get("id").asText()).isEqualTo(chain.get(4));

        ApiClient.Response cycle = admin().patch("/api/v1/groups/" + chain.get(2), Map.of("parentId", chain.get(8)));
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("fields").get("parentId").asText()).contains("its own subgroups");
        ApiClient.Response self = admin().patch("/api/v1/groups/" + chain.get(2), Map.of("parentId", chain.get(2)));
        assertThat(self.status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/groups/" + chain.get(2)).json().get("parentId").asText()).isEqualTo(chain.get(1));

        // a move to the top of the tree, then under another branch
        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        assertThat(admin().patch("/api/v1/groups/" + chain.get(5), toTop).json().get("parentId").isNull()).isTrue();
        assertThat(admin().patch("/api/v1/groups/" + chain.get(2), Map.of("parentId", chain.get(9))).status()).isEqualTo(200);
    }

    @Test
    void deletingAGroupDeletesItsSubgroupsButNoContact() {
        String barney = contact("Kwik-e-mart", "Barney", "Giverts", "Springfield", "prospect");
        String kwik = group("Kwik-e-mart", null);
        String management = group("Management", kwik);
        String board = group("Board", management);
        admin().post("/api/v1/groups/" + management + "/members", Map.of("contactIds", List.of(barney)));
        admin().post("/api/v1/groups/" + board + "/members", Map.of("contactIds", List.of(barney)));

        JsonNode deleted = admin().delete("/api/v1/groups/" + management).json();
        assertThat(deleted.get("deletedGroups")).hasSize(2);
        assertThat(admin().get("/api/v1/groups/" + board).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/groups/" + kwik).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/contacts/" + barney).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/contacts/" + barney + "/groups").json().get("items")).isEmpty();
    }

    @Test
    void addingAContactTwiceChangesNothingAndAContactIsInAnyNumberOfGroups() {
        String barney = contact("Kwik-e-mart", "Barney", "Giverts", "Springfield", "customer");
        String first = group("Springfield shops", null);
        String second = group("Key accounts", null);
        assertThat(admin().post("/api/v1/groups/" + first + "/members", Map.of("contactIds", List.of(barney))).json().get("added").asInt())
                .isEqualTo(1);
        assertThat(admin().post("/api/v1/groups/" + first + "/members", Map.of("contactIds", List.of(barney))).json().get("added").asInt())
                .isZero();
        admin().post("/api/v1/groups/" + second + "/members", Map.of("contactIds", List.of(barney)));
        assertThat(names(admin().get("/api/v1/contacts/" + barney + "/groups").json().get("items"), "groupName"))
                .containsExactly("Key accounts", "Springfield shops");
        assertThat(admin().get("/api/v1/groups/" + first + "/members").json().get("total").asInt()).isEqualTo(1);

        assertThat(admin().delete("/api/v1/groups/" + first + "/members/" + barney).json().get("result").asText()).isEqualTo("REMOVED");
        assertThat(admin().get("/api/v1/groups/" + first + "/members").json().get("total").asInt()).isZero();
    }

    @Test
    void listsMembersInTheListsOrderPageByPageAndFollowsARename() {
        String group = group("Shops", null);
        List<String> ids = new ArrayList<>();
        for (String company : List.of("Вектор", "Ромашка", "Kwik-e-mart", "Ёлки-Палки", "Acme")) {
            ids.add(contact(company, "A", "B", "Tver", "customer"));
        }
        admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds", ids));
        JsonNode first = admin().get("/api/v1/groups/" + group + "/members?limit=2").json();
        JsonNode second = admin().get("/api/v1/groups/" + group + "/members?limit=2&after=" + first.get("next").asText()).json();
        JsonNode third = admin().get("/api/v1/groups/" + group + "/members?limit=2&after=" + second.get("next").asText()).json();
        List<String> companies = new ArrayList<>(names(first.get("items"), "company"));
        companies.addAll(names(second.get("items"), "company"));
        companies.addAll(names(third.get("items"), "company"));
        assertThat(companies).containsExactly("Acme", "Kwik-e-mart", "Вектор", "Ёлки-Палки", "Ромашка");
        assertThat(third.get("next").isNull()).isTrue();

        admin().patch("/api/v1/contacts/" + ids.get(4), Map.of("company", "Zeta"));
        assertThat(memberCompanies(group)).containsExactly("Kwik-e-mart", "Zeta", "Вектор", "Ёлки-Палки", "Ромашка");
    }

    @Test
    void ruleMembersFollowTheirContactsWhileHandAddedOnesStay() {
        String tverProspect = contact("Тверьхлеб", "Сергей", "Кузнецов", "Тверь", "prospect");
        String moscowProspect = contact("Ромашка", "Иван", "Петров", "Москва", "prospect");
        String tverCustomer = contact("Ёлки-Палки", "Пётр", "Ёжиков", "Тверь", "customer");
        String group = group("Tver prospects", null);
        admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(tverCustomer)));

        JsonNode applied = admin().put("/api/v1/groups/" + group + "/rule", Map.of("match", "all", "criteria", List.of(
                Map.of("field", "status", "op", "equals", "value", "prospect"),
                Map.of("field", "city", "op", "equals", "value", "тверь")))).json();
        assertThat(applied.get("joined").asInt()).isEqualTo(1);
        assertThat(memberCompanies(group)).containsExactlyInAnyOrder("Тверьхлеб", "Ёлки-Палки");

        // the Moscow prospect moves to Tver: it joins; the Tver prospect becomes a customer: it leaves
        admin().patch("/api/v1/contacts/" + moscowProspect, Map.of("city", "Тверь"));
        admin().patch("/api/v1/contacts/" + tverProspect, Map.of("status", "customer"));
        assertThat(memberCompanies(group)).containsExactlyInAnyOrder("Ромашка", "Ёлки-Палки");

        // a new contact that matches joins at once
        contact("Тверской хлеб", "Анна", "Смирнова", "Тверь", "prospect");
        assertThat(memberCompanies(group)).containsExactlyInAnyOrder("Ромашка", "Ёлки-Палки", "Тверской хлеб");

        // a rule member removed by hand is excluded, and stays out while it matches
        assertThat(admin().delete("/api/v1/groups/" + group + "/members/" + moscowProspect).json().get("result").asText())
                .isEqualTo("EXCLUDED");
        admin().post("/api/v1/groups/" + group + "/rule/apply", Map.of());
        assertThat(memberCompanies(group)).containsExactlyInAnyOrder("Ёлки-Палки", "Тверской хлеб");
        // added by hand again, it is a member again
        admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(moscowProspect)));
        assertThat(memberCompanies(group)).contains("Ромашка");

        JsonNode memberships = admin().get("/api/v1/contacts/" + tverCustomer + "/groups").json().get("items");
        assertThat(memberships.get(0).get("byHand").asBoolean()).isTrue();
        assertThat(memberships.get(0).get("byRule").asBoolean()).isFalse();
    }

    @Test
    void aRuleNamesTheStatusAsUsersSeeIt() {
        contact("Тверьхлеб", "Сергей", "Кузнецов", "Тверь", "prospect");
        contact("Ёлки-Палки", "Пётр", "Ёжиков", "Тверь", "customer");
        String group = group("Перспективные", null);
        ApiClient.Response applied = admin().put("/api/v1/groups/" + group + "/rule",
                Map.of("criteria", List.of(Map.of("field", "status", "op", "equals", "value", "перспективный"))));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(memberCompanies(group)).containsExactly("Тверьхлеб");
        ApiClient.Response unknown = admin().put("/api/v1/groups/" + group + "/rule",
                Map.of("criteria", List.of(Map.of("field", "status", "op", "equals", "value", "Спящий"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").get("criteria[0]").asText()).contains("Спящий");
        assertThat(memberCompanies(group)).as("a refused rule leaves the one before").containsExactly("Тверьхлеб");

        // the rule keeps the status it named when an administrator renames it
        JsonNode prospect = StreamSupport.stream(admin().get("/api/v1/contact-statuses").json().get("items").spliterator(), false)
                .filter(status -> status.get("code").asText().equals("prospect")).findFirst().orElseThrow();
        ApiClient.Response renamed = admin().patch("/api/v1/admin/contact-statuses/" + prospect.get("id").asText(),
                Map.of("nameEn", "Lead", "nameRu", "Лид"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        contact("Волга-Трейд", "Иван", "Волков", "Тверь", "prospect");
        assertThat(memberCompanies(group)).containsExactlyInAnyOrder("Тверьхлеб", "Волга-Трейд");
    }

    @Test
    void aRuleIsCheckedWhenItIsSavedNotWhenItRuns() {
        String group = group("Anything", null);
        ApiClient.Response unknownField = admin().put("/api/v1/groups/" + group + "/rule",
                Map.of("criteria", List.of(Map.of("field", "shoeSize", "op", "equals", "value", "42"))));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.json().get("fields").has("criteria[0]")).isTrue();
        ApiClient.Response wrongOperator = admin().put("/api/v1/groups/" + group + "/rule",
                Map.of("criteria", List.of(Map.of("field", "city", "op", "resembles", "value", "Tver"))));
        assertThat(wrongOperator.status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/groups/" + group).json().get("rule").isNull()).isTrue();
    }

    @Test
    void duplicatesFromPrimaryFieldsOrFromAllFields() {
        String barney = contact("Kwik-e-mart", "Barney", "Giverts", "Springfield", "prospect");
        String original = created(admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart", "phone", "+1 555 0100",
                "description", "Convenience stores"))).get("id").asText();
        admin().post("/api/v1/groups/" + original + "/members", Map.of("contactIds", List.of(barney)));
        admin().put("/api/v1/groups/" + original + "/rule", Map.of("criteria", List.of(Map.of("field", "city", "op", "equals",
                "value", "Nowhere"))));

        JsonNode primary = created(admin().post("/api/v1/groups/" + original + "/duplicate", Map.of("fields", "primary")));
        assertThat(primary.get("name").asText()).isEqualTo("Kwik-e-mart");
        assertThat(primary.get("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(primary.get("rule").isNull()).isTrue();
        assertThat(admin().get("/api/v1/groups/" + primary.get("id").asText() + "/members").json().get("total").asInt()).isZero();

        JsonNode all = created(admin().post("/api/v1/groups/" + original + "/duplicate", Map.of("fields", "all", "name", "Kwik-e-mart 2")));
        assertThat(all.get("name").asText()).isEqualTo("Kwik-e-mart 2");
        assertThat(all.get("rule").get("criteria").get(0).get("field").asText()).isEqualTo("city");
        assertThat(admin().get("/api/v1/groups/" + all.get("id").asText() + "/members").json().get("total").asInt()).isEqualTo(1);

        assertThat(admin().post("/api/v1/groups/" + original + "/duplicate", Map.of("fields", "some")).status()).isEqualTo(400);
    }

    @Test
    void looksUpGroupsByFieldKeywordAndEmptyField() {
        created(admin().post("/api/v1/groups", Map.of("name", "Тверские магазины", "phone", "+7 4822 55-12-30", "city", "Тверь")));
        created(admin().post("/api/v1/groups", Map.of("name", "Springfield shops", "description", "Convenience stores")));
        created(admin().post("/api/v1/groups", Map.of("name", "Key accounts", "city", "Moscow")));

        assertThat(names(lookupGroups(List.of(Map.of("field", "city", "op", "equals", "value", "тверь")), null), "name"))
                .containsExactly("Тверские магазины");
        assertThat(names(lookupGroups(List.of(Map.of("field", "phone", "op", "empty")), null), "name"))
                .containsExactly("Key accounts", "Springfield shops");
        assertThat(names(lookupGroups(List.of(), "convenience"), "name")).containsExactly("Springfield shops");
        assertThat(admin().post("/api/v1/groups/lookup", Map.of("criteria", List.of(Map.of("field", "colour", "op", "equals",
                "value", "red")))).status()).isEqualTo(400);
    }

    @Test
    void membersListsNeverShowAnotherUsersPrivateContact() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.MANAGER);
        String secret = api(zdv).post("/api/v1/contacts", Map.of("company", "Secret", "private", true, "city", "Tver")).id();
        String group = created(api(zdv).post("/api/v1/groups", Map.of("name", "Tver"))).get("id").asText();
        api(zdv).put("/api/v1/groups/" + group + "/rule", Map.of("criteria", List.of(Map.of("field", "city", "op", "equals", "value", "tver"))));
        assertThat(api(zdv).get("/api/v1/groups/" + group + "/members").json().get("total").asInt()).isEqualTo(1);
        assertThat(api(other).get("/api/v1/groups/" + group + "/members").json().get("total").asInt()).isZero();
        assertThat(api(other).post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(secret))).status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/contacts/" + secret + "/groups").status()).isEqualTo(404);
    }

    @Test
    void keepsNotesHistoryAndDocumentsOfAGroupAndRollsUpThoseOfItsMembers() {
        User zdv = data.user("zdv", Role.MANAGER);
        User other = data.user("other", Role.MANAGER);
        String barney = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        String secret = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Hidden", "private", true)).id();
        String group = created(api(zdv).post("/api/v1/groups", Map.of("name", "Kwik-e-mart"))).get("id").asText();
        api(zdv).post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(barney, secret)));

        created(api(zdv).post("/api/v1/groups/" + group + "/notes", Map.of("text", "Visit the whole chain in May")));
        created(api(zdv).post("/api/v1/groups/" + group + "/notes", Map.of("text", "Only mine", "private", true)));
        created(api(zdv).post("/api/v1/groups/" + group + "/history", Map.of("regarding", "Chain meeting", "activityType", "MEETING",
                "result", "COMPLETED")));
        created(api(zdv).post("/api/v1/contacts/" + barney + "/notes", Map.of("text", "Barney wants the price list")));
        created(api(zdv).post("/api/v1/contacts/" + secret + "/notes", Map.of("text", "Secret contact's note")));
        created(api(zdv).upload("/api/v1/groups/" + group + "/documents", "chain.txt", "text/plain", "stores".getBytes()));

        // the attached document is in the history too (as ACT! records it)
        assertThat(texts(api(zdv).get("/api/v1/groups/" + group + "/history").json())).containsExactlyInAnyOrder(
                "Visit the whole chain in May", "Only mine", "Chain meeting", "chain.txt");
        assertThat(texts(api(other).get("/api/v1/groups/" + group + "/history").json())).containsExactlyInAnyOrder(
                "Visit the whole chain in May", "Chain meeting", "chain.txt");
        assertThat(texts(api(other).get("/api/v1/groups/" + group + "/history?includeMembers=true").json())).containsExactlyInAnyOrder(
                "Visit the whole chain in May", "Chain meeting", "chain.txt", "Barney wants the price list");
        JsonNode rolledUp = api(zdv).get("/api/v1/groups/" + group + "/history?includeMembers=true").json();
        assertThat(texts(rolledUp)).contains("Secret contact's note", "Barney wants the price list");
        assertThat(rolledUp.get("total").asInt()).isEqualTo(6);
        assertThat(api(other).get("/api/v1/groups/" + group + "/documents").json().get("items").get(0).get("name").asText())
                .isEqualTo("chain.txt");

        JsonNode copy = created(api(zdv).post("/api/v1/groups/" + group + "/duplicate", Map.of("fields", "all")));
        String copyId = copy.get("id").asText();
        assertThat(texts(api(zdv).get("/api/v1/groups/" + copyId + "/history").json())).containsExactlyInAnyOrder(
                "Visit the whole chain in May", "Only mine", "Chain meeting", "chain.txt");
        String copiedDocument = api(zdv).get("/api/v1/groups/" + copyId + "/documents").json().get("items").get(0).get("id").asText();
        assertThat(api(zdv).get("/api/v1/documents/" + copiedDocument + "/content").text()).isEqualTo("stores");

        admin().delete("/api/v1/groups/" + group);
        assertThat(api(zdv).get("/api/v1/groups/" + group + "/notes").status()).isEqualTo(404);
        assertThat(api(zdv).get("/api/v1/documents/" + copiedDocument + "/content").text()).isEqualTo("stores");
        assertThat(texts(api(zdv).get("/api/v1/contacts/" + barney + "/history").json())).containsExactly("Barney wants the price list");
    }

    private static List<String> texts(JsonNode page) {
        return names(page.get("items"), "regarding");
    }

    @Test
    void refusesBadInput() {
        assertThat(admin().post("/api/v1/groups", Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/groups", Map.of("name", "x".repeat(201))).status()).isEqualTo(400);
        assertThat(admin().post("/api/v1/groups", Map.of("name", "Orphan", "parentId", "01890000-0000-7000-8000-00000000dead")).status())
                .isEqualTo(400);
        assertThat(admin().get("/api/v1/groups/01890000-0000-7000-8000-00000000dead").status()).isEqualTo(404);
        String group = group("Real", null);
        assertThat(admin().post("/api/v1/groups/" + group + "/members", Map.of("contactIds",
                List.of("01890000-0000-7000-8000-00000000dead"))).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/groups/" + group, Map.of("name", "Changed", "version", 99)).status()).isEqualTo(409);
        assertThat(admin().get("/api/v1/groups").json().get("items")).hasSize(1);
    }

    private JsonNode lookupGroups(List<Map<String, Object>> criteria, String keyword) {
        Map<String, Object> body = new HashMap<>(Map.of("criteria", criteria));
        body.put("keyword", keyword);
        ApiClient.Response response = admin().post("/api/v1/groups/lookup", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items");
    }

    private List<String> memberCompanies(String group) {
        return names(admin().get("/api/v1/groups/" + group + "/members").json().get("items"), "company");
    }

    private static List<String> names(JsonNode items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.get(field).asText()));
        return names;
    }

    private String group(String name, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name));
        body.put("parentId", parentId);
        return created(admin().post("/api/v1/groups", body)).get("id").asText();
    }

    private String contact(String company, String firstName, String lastName, String city, String status) {
        return created(admin().post("/api/v1/contacts", Map.of("company", company, "firstName", firstName, "lastName", lastName,
                "city", city, "status", status))).get("id").asText();
    }

    private static JsonNode created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
