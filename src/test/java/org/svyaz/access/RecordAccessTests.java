package org.svyaz.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * A record is public, private, or limited to teams and users (SPEC U3), and whoever it is not
 * for finds it nowhere: not by id, not in lists, lookups, searches or group member lists.
 */
class RecordAccessTests extends SvyazTests {

    @Test
    void aContactLimitedToATeamAndAUserIsSeenByThemAndByNobodyElse() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        User boris = data.user("boris", Role.RESTRICTED);
        User carl = data.user("carl", Role.STANDARD);
        String sales = admin().post("/api/v1/admin/teams", Map.of("name", "Продажи", "members", List.of(anna.userName()))).id();
        Response created = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts",
                "access", "LIMITED", "accessTeams", List.of(sales), "accessUsers", List.of(boris.userName())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();
        JsonNode contact = created.json();
        assertThat(contact.get("access").asText()).isEqualTo("LIMITED");
        assertThat(contact.get("private").asBoolean()).isFalse();
        assertThat(contact.get("accessTeams")).extracting(JsonNode::asText).containsExactly(sales);
        assertThat(contact.get("accessUsers")).extracting(JsonNode::asText).containsExactly(boris.userName());

        for (User allowed : List.of(zdv, anna, boris)) {
            assertThat(api(allowed).get("/api/v1/contacts/" + id).status()).as(allowed.userName()).isEqualTo(200);
            assertThat(lookup(api(allowed), "Kwik")).as(allowed.userName()).containsExactly("Kwik-e-mart");
            assertThat(search(api(allowed), "Giverts")).as(allowed.userName()).hasSize(1);
        }
        for (ApiClient other : List.of(api(carl), admin())) {
            assertThat(other.get("/api/v1/contacts/" + id).status()).isEqualTo(404);
            assertThat(lookup(other, "Kwik")).isEmpty();
            assertThat(search(other, "Giverts")).isEmpty();
            assertThat(other.get("/api/v1/contacts?limit=1000").json().get("items").findValuesAsText("company"))
                    .doesNotContain("Kwik-e-mart");
        }

        // whoever it is not for cannot write it either: it does not exist for them
        assertThat(api(carl).patch("/api/v1/contacts/" + id, Map.of("city", "Тверь")).status()).isEqualTo(404);
        assertThat(api(carl).delete("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api(carl).post("/api/v1/contacts/" + id + "/notes", Map.of("text", "Моё")).status()).isEqualTo(404);
        assertThat(api(zdv).get("/api/v1/contacts/" + id).json().get("city").asText()).isEmpty();
        assertThat(api(anna).patch("/api/v1/contacts/" + id, Map.of("city", "Тверь")).status()).isEqualTo(200);

        // leaving the team is losing sight of what was limited to it
        admin().put("/api/v1/admin/teams/" + sales, Map.of("name", "Продажи", "members", List.of(carl.userName())));
        assertThat(api(anna).get("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api(carl).get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        // and a deleted team limits to nobody
        assertThat(admin().delete("/api/v1/admin/teams/" + sales).status()).isEqualTo(204);
        assertThat(api(carl).get("/api/v1/contacts/" + id).status()).isEqualTo(404);
        assertThat(api(boris).get("/api/v1/contacts/" + id).status()).isEqualTo(200);
    }

    @Test
    void theRecordManagerOpensALimitedContactToEveryoneOrClosesItToHimself() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        String id = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "access", "LIMITED",
                "accessUsers", List.of(anna.userName()))).id();

        JsonNode closed = api(zdv).patch("/api/v1/contacts/" + id, Map.of("private", true)).json();
        assertThat(closed.get("access").asText()).isEqualTo("PRIVATE");
        assertThat(closed.get("accessUsers")).isEmpty();
        assertThat(api(anna).get("/api/v1/contacts/" + id).status()).isEqualTo(404);

        JsonNode open = api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "PUBLIC")).json();
        assertThat(open.get("private").asBoolean()).isFalse();
        assertThat(api(anna).get("/api/v1/contacts/" + id).status()).isEqualTo(200);
        // a colleague may edit it, but not limit it
        assertThat(api(anna).patch("/api/v1/contacts/" + id, Map.of("access", "LIMITED", "accessUsers", List.of(anna.userName()))).status())
                .isEqualTo(403);
        assertThat(api(anna).get("/api/v1/contacts/" + id).json().get("access").asText()).isEqualTo("PUBLIC");
    }

    @Test
    void refusesAccessThatMakesNoSenseAndChangesNothing() {
        User zdv = data.user("zdv", Role.STANDARD);
        String id = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        String team = admin().post("/api/v1/admin/teams", Map.of("name", "Продажи", "members", List.of(zdv.userName()))).id();

        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "SECRET")), "access");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "LIMITED")), "access");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "LIMITED",
                "accessTeams", List.of("01a00000-0000-7000-8000-000000000000"))), "accessTeams");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "LIMITED", "accessUsers", List.of("nobody"))),
                "accessUsers");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "PUBLIC", "accessTeams", List.of(team))),
                "accessTeams");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("access", "PUBLIC", "private", true)), "private");
        assertRefused(api(zdv).patch("/api/v1/contacts/" + id, Map.of("accessTeams", "all")), "accessTeams");

        JsonNode unchanged = api(zdv).get("/api/v1/contacts/" + id).json();
        assertThat(unchanged.get("access").asText()).isEqualTo("PUBLIC");
        assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aPrivateGroupIsItsRecordManagersAloneAndHidesItsMembersFromOthers() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        String contact = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        Response created = api(zdv).post("/api/v1/groups", Map.of("name", "Переговоры о продаже", "private", true));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("access").asText()).isEqualTo("PRIVATE");
        String group = created.id();
        api(zdv).post("/api/v1/groups/" + group + "/members", Map.of("contactIds", List.of(contact)));

        assertThat(api(zdv).get("/api/v1/groups/" + group).status()).isEqualTo(200);
        assertThat(api(zdv).get("/api/v1/groups").json().get("total").asLong()).isEqualTo(1);
        assertThat(api(anna).get("/api/v1/groups/" + group).status()).isEqualTo(404);
        assertThat(api(anna).get("/api/v1/groups").json().get("total").asLong()).isZero();
        assertThat(api(anna).get("/api/v1/groups/" + group + "/members").status()).isEqualTo(404);
        assertThat(api(anna).get("/api/v1/contacts/" + contact + "/groups").json().get("total").asLong()).isZero();
        assertThat(api(anna).patch("/api/v1/groups/" + group, Map.of("name", "Взято")).status()).isEqualTo(404);

        // shared with a colleague by name, it is theirs to see too
        api(zdv).patch("/api/v1/groups/" + group, Map.of("access", "LIMITED", "accessUsers", List.of(anna.userName())));
        assertThat(api(anna).get("/api/v1/groups/" + group).status()).isEqualTo(200);
        assertThat(api(anna).get("/api/v1/contacts/" + contact + "/groups").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aColleagueMayNotTakeAGroupOrCloseItToOthers() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        String group = api(zdv).post("/api/v1/groups", Map.of("name", "Ключевые клиенты")).id();

        assertThat(api(anna).patch("/api/v1/groups/" + group, Map.of("private", true)).status()).isEqualTo(403);
        assertThat(api(anna).patch("/api/v1/groups/" + group, Map.of("recordManagerId", anna.id().toString())).status())
                .isEqualTo(403);
        JsonNode still = api(zdv).get("/api/v1/groups/" + group).json();
        assertThat(still.get("access").asText()).isEqualTo("PUBLIC");
        assertThat(still.get("recordManagerId").asText()).isEqualTo(zdv.id().toString());
    }

    @Test
    void anActivityLimitedToAColleagueIsBusyToEveryoneElse() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        User carl = data.user("carl", Role.STANDARD);
        Map<String, Object> body = new HashMap<>(Map.of("type", "MEETING", "date", "2026-12-10", "time", "10:00",
                "durationMinutes", 60, "regarding", "Цены на 2027", "access", "LIMITED", "accessUsers", List.of(anna.userName())));
        Response created = api(zdv).post("/api/v1/activities", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.id();

        JsonNode seen = api(anna).get("/api/v1/activities/" + id).json();
        assertThat(seen.get("regarding").asText()).isEqualTo("Цены на 2027");
        assertThat(seen.get("access").asText()).isEqualTo("LIMITED");
        assertThat(seen.get("accessUsers")).extracting(JsonNode::asText).containsExactly(anna.userName());
        assertThat(api(carl).get("/api/v1/activities/" + id).status()).isEqualTo(404);
    }

    @Test
    void aNoteLimitedToATeamIsReadByItAloneAmongTheContactsReaders() {
        User zdv = data.user("zdv", Role.STANDARD);
        User anna = data.user("anna", Role.STANDARD);
        User carl = data.user("carl", Role.STANDARD);
        String team = admin().post("/api/v1/admin/teams", Map.of("name", "Продажи", "members", List.of(anna.userName()))).id();
        String contact = api(zdv).post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        Response note = api(zdv).post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "скидкадлясвоих 12%",
                "access", "LIMITED", "accessTeams", List.of(team)));
        assertThat(note.status()).as(note.toString()).isEqualTo(201);
        assertThat(note.json().get("access").asText()).isEqualTo("LIMITED");

        assertThat(api(anna).get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isEqualTo(1);
        assertThat(search(api(anna), "скидкадлясвоих")).hasSize(1);
        assertThat(api(carl).get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isZero();
        assertThat(api(carl).get("/api/v1/notes/" + note.id()).status()).isEqualTo(404);
        assertThat(search(api(carl), "скидкадлясвоих")).isEmpty();
        assertRefused(api(zdv).patch("/api/v1/notes/" + note.id(), Map.of("accessUsers", List.of("nobody"))), "accessUsers");
    }

    @Test
    void teamsAreKeptByAdministratorsAndTheirNamesAreUnique() {
        User anna = data.user("anna", Role.STANDARD);
        User manager = data.user("boss", Role.MANAGER);
        Response created = admin().post("/api/v1/admin/teams", Map.of("name", "Продажи", "members", List.of(anna.userName())));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/admin/teams/" + created.id());
        assertThat(created.json().get("members")).extracting(JsonNode::asText).containsExactly(anna.userName());

        assertRefused(admin().post("/api/v1/admin/teams", Map.of("name", "продажи", "members", List.of())), "name");
        assertRefused(admin().post("/api/v1/admin/teams", Map.of("name", " ", "members", List.of())), "name");
        assertRefused(admin().post("/api/v1/admin/teams", Map.of("name", "Склад", "members", List.of("nobody"))), "members");
        assertRefused(admin().post("/api/v1/admin/teams", Map.of("name", "Склад", "colour", "red")), "colour");
        assertThat(api(manager).post("/api/v1/admin/teams", Map.of("name", "Склад")).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/admin/teams/01a00000-0000-7000-8000-000000000000").status()).isEqualTo(404);

        // teams are the administrators' set-up: the audit log shows their changes whole
        JsonNode audit = admin().get("/api/v1/admin/audit?entity=team").json();
        assertThat(audit.get("items")).isNotEmpty().allSatisfy(item -> assertThat(item.get("hidden").asBoolean()).isFalse());

        JsonNode list = admin().get("/api/v1/admin/teams").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("name").asText()).isEqualTo("Продажи");
        assertThat(list.has("next")).isTrue();
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
    }

    private static List<String> lookup(ApiClient client, String company) {
        JsonNode page = client.post("/api/v1/contacts/lookup", Map.of("criteria",
                List.of(Map.of("field", "company", "op", "startsWith", "value", company)))).json();
        List<String> companies = new ArrayList<>();
        page.get("items").forEach(item -> companies.add(item.get("company").asText()));
        return companies;
    }

    private static List<JsonNode> search(ApiClient client, String text) {
        List<JsonNode> hits = new ArrayList<>();
        client.get("/api/v1/search?q=" + text).json().get("items").forEach(hits::add);
        return hits;
    }
}
