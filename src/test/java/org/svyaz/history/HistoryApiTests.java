package org.svyaz.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class HistoryApiTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Test
    void recordsAManualHistoryItem() {
        String contact = contact(admin(), "Kwik-e-mart");
        Response recorded = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Called about the order",
                "details", "Barney will send the figures", "activityType", "CALL", "result", "COMPLETED",
                "occurredAt", "2003-09-05T14:30:00Z"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(recorded.header("Location")).endsWith("/api/v1/history/" + recorded.id());
        JsonNode item = admin().get("/api/v1/history/" + recorded.id()).json();
        assertThat(item.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(item.get("contactId").asText()).isEqualTo(contact);
        assertThat(item.get("regarding").asText()).isEqualTo("Called about the order");
        assertThat(item.get("details").asText()).isEqualTo("Barney will send the figures");
        assertThat(item.get("activityType").asText()).isEqualTo("CALL");
        assertThat(item.get("result").asText()).isEqualTo("COMPLETED");
        assertThat(item.get("occurredAt").asText()).isEqualTo("2003-09-05T14:30:00Z");
        assertThat(item.get("user").asText()).isEqualTo("admin");
        assertThat(item.get("private").asBoolean()).isFalse();
        assertThat(item.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void acceptsKindManualInTheBodyAndRefusesOtherKinds() {
        String contact = contact(admin(), "Acme");
        Response manual = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("kind", "MANUAL", "regarding", "Met"));
        assertThat(manual.status()).as(manual.toString()).isEqualTo(201);
        assertThat(manual.json().get("kind").asText()).isEqualTo("MANUAL");
        for (String kind : List.of("NOTE", "EMAIL_SENT", "MARTIAN")) {
            Response refused = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("kind", kind, "regarding", "Met"));
            assertThat(refused.status()).as(kind).isEqualTo(400);
            assertThat(refused.json().get("fields").has("kind")).isTrue();
        }
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").json().get("total").asLong()).isEqualTo(1);
        String id = manual.id();
        assertThat(admin().patch("/api/v1/history/" + id, Map.of("kind", "MANUAL", "result", "OTHER")).status()).isEqualTo(200);
        assertThat(admin().patch("/api/v1/history/" + id, Map.of("kind", "NOTE", "result", "COMPLETED")).status()).isEqualTo(400);
        JsonNode unchanged = admin().get("/api/v1/history/" + id).json();
        assertThat(unchanged.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(unchanged.get("result").asText()).isEqualTo("OTHER");
    }

    @Test
    void recordsAnItemAtTheCurrentTimeWhenNoTimeIsGiven() {
        String contact = contact(admin(), "Acme");
        JsonNode item = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Just now")).json();
        assertThat(java.time.Instant.parse(item.get("occurredAt").asText()))
                .isAfter(java.time.Instant.now().minus(java.time.Duration.ofDays(1)));
        assertThat(item.get("activityType").isNull()).isTrue();
        assertThat(item.get("result").isNull()).isTrue();
    }

    @Test
    void showsNotesAsKindNoteWithTheHistoryNewestFirst() {
        String contact = contact(admin(), "Acme");
        String old = record(admin(), contact, "Old call", "2003-09-05T12:00:00Z");
        String newer = record(admin(), contact, "Newer meeting", "2010-01-01T12:00:00Z");
        String note = addNote(admin(), contact, "Note written today");
        JsonNode history = admin().get("/api/v1/contacts/" + contact + "/history").json();
        assertThat(history.get("total").asLong()).isEqualTo(3);
        assertThat(ids(history)).containsExactly(note, newer, old);
        JsonNode noteEntry = history.get("items").get(0);
        assertThat(noteEntry.get("kind").asText()).isEqualTo("NOTE");
        assertThat(noteEntry.get("regarding").asText()).isEqualTo("Note written today");
        assertThat(noteEntry.get("user").asText()).isEqualTo("admin");
        assertThat(history.get("items").get(1).get("kind").asText()).isEqualTo("MANUAL");
    }

    @Test
    void filtersByKind() {
        String contact = contact(admin(), "Acme");
        String manual = record(admin(), contact, "Call", "2003-09-05T12:00:00Z");
        String note = addNote(admin(), contact, "A note");
        JsonNode manualOnly = admin().get("/api/v1/contacts/" + contact + "/history?kind=MANUAL").json();
        assertThat(ids(manualOnly)).containsExactly(manual);
        assertThat(manualOnly.get("total").asLong()).isEqualTo(1);
        JsonNode notesOnly = admin().get("/api/v1/contacts/" + contact + "/history?kind=NOTE").json();
        assertThat(ids(notesOnly)).containsExactly(note);
        assertThat(notesOnly.get("total").asLong()).isEqualTo(1);
        assertThat(ids(admin().get("/api/v1/contacts/" + contact + "/history?kind=NOTE,MANUAL").json())).containsExactly(note, manual);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history?kind=EMAIL_SENT").json().get("total").asLong()).isZero();
        Response unknown = admin().get("/api/v1/contacts/" + contact + "/history?kind=MARTIAN");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("fields").has("kind")).isTrue();
    }

    @Test
    void filtersByDateFromAndToBothInclusive() {
        String contact = contact(admin(), "Acme");
        String september = record(admin(), contact, "September", "2003-09-05T12:00:00Z");
        String october = record(admin(), contact, "October", "2003-10-01T12:00:00Z");
        String november = record(admin(), contact, "November", "2003-11-20T12:00:00Z");
        String base = "/api/v1/contacts/" + contact + "/history";
        JsonNode from = admin().get(base + "?from=2003-10-01").json();
        assertThat(ids(from)).containsExactly(november, october);
        assertThat(from.get("total").asLong()).isEqualTo(2);
        assertThat(ids(admin().get(base + "?to=2003-10-01").json())).containsExactly(october, september);
        JsonNode oneDay = admin().get(base + "?from=2003-10-01&to=2003-10-01").json();
        assertThat(ids(oneDay)).containsExactly(october);
        assertThat(oneDay.get("total").asLong()).isEqualTo(1);
        assertThat(ids(admin().get(base + "?from=2003-09-06&to=2003-11-19&kind=MANUAL").json())).containsExactly(october);
        assertThat(admin().get(base + "?from=2003-11-01&to=2003-10-01").status()).isEqualTo(400);
        assertThat(admin().get(base + "?from=05.09.2003").status()).isEqualTo(400);
    }

    @Test
    void pagesThroughTheHistoryWithLimitAndCursor() {
        String contact = contact(admin(), "Acme");
        List<String> sameMoment = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sameMoment.add(record(admin(), contact, "Call " + i, "2003-09-05T12:00:00Z"));
        }
        String later = record(admin(), contact, "Later", "2004-01-01T12:00:00Z");
        String note = addNote(admin(), contact, "Today");
        String base = "/api/v1/contacts/" + contact + "/history";
        List<String> all = ids(admin().get(base).json());
        assertThat(all).hasSize(7).startsWith(note, later).containsAll(sameMoment);

        List<String> paged = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonNode page = admin().get(base + "?limit=2" + (next == null ? "" : "&after=" + next)).json();
            assertThat(page.get("total").asLong()).isEqualTo(7);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(2);
            paged.addAll(ids(page));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (next != null && pages < 10);
        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void refusesBadPagingParameters() {
        String base = "/api/v1/contacts/" + contact(admin(), "Acme") + "/history";
        assertThat(admin().get(base + "?limit=0").status()).isEqualTo(400);
        assertThat(admin().get(base + "?limit=1001").status()).isEqualTo(400);
        assertThat(admin().get(base + "?limit=many").status()).isEqualTo(400);
        assertThat(admin().get(base + "?after=garbage").status()).isEqualTo(400);
        assertThat(admin().get(base + "?limit=1000").status()).isEqualTo(200);
    }

    @Test
    void editsAHistoryItemAndChangesOnlyWhatIsSent() {
        String contact = contact(admin(), "Acme");
        String id = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Call", "activityType", "CALL",
                "result", "COMPLETED", "occurredAt", "2003-09-05T14:30:00Z")).id();
        Response edited = admin().patch("/api/v1/history/" + id, Map.of("result", "NOT_COMPLETED"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode item = admin().get("/api/v1/history/" + id).json();
        assertThat(item.get("result").asText()).isEqualTo("NOT_COMPLETED");
        assertThat(item.get("activityType").asText()).isEqualTo("CALL");
        assertThat(item.get("regarding").asText()).isEqualTo("Call");
        assertThat(item.get("occurredAt").asText()).isEqualTo("2003-09-05T14:30:00Z");
        assertThat(item.get("kind").asText()).isEqualTo("MANUAL");
        assertThat(item.get("version").asLong()).isEqualTo(2);
        admin().patch("/api/v1/history/" + id, Map.of("occurredAt", "2003-09-06T09:00:00Z"));
        assertThat(admin().get("/api/v1/history/" + id).json().get("occurredAt").asText()).isEqualTo("2003-09-06T09:00:00Z");
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheOtherChange() {
        String id = record(admin(), contact(admin(), "Acme"), "Call", "2003-09-05T14:30:00Z");
        assertThat(admin().patch("/api/v1/history/" + id, Map.of("regarding", "First", "version", 1)).status()).isEqualTo(200);
        Response stale = admin().patch("/api/v1/history/" + id, Map.of("regarding", "Second", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isNotBlank();
        assertThat(admin().get("/api/v1/history/" + id).json().get("regarding").asText()).isEqualTo("First");
    }

    @Test
    void deletesAHistoryItem() {
        String contact = contact(admin(), "Acme");
        String id = record(admin(), contact, "Call", "2003-09-05T14:30:00Z");
        assertThat(admin().delete("/api/v1/history/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/history/" + id).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/history/" + id, Map.of("regarding", "Back")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/history/" + id).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").json().get("total").asLong()).isZero();
    }

    @Test
    void refusesInvalidHistoryItemsAndStoresNothing() {
        String contact = contact(admin(), "Acme");
        String base = "/api/v1/contacts/" + contact + "/history";
        assertFieldRefused(admin().post(base, Map.of("details", "No subject")), "regarding");
        assertFieldRefused(admin().post(base, Map.of("regarding", "  ")), "regarding");
        assertFieldRefused(admin().post(base, Map.of("regarding", "x".repeat(2001))), "regarding");
        assertFieldRefused(admin().post(base, Map.of("regarding", "Call", "activityType", "x".repeat(41))), "activityType");
        assertFieldRefused(admin().post(base, Map.of("regarding", "Call", "result", "x".repeat(31))), "result");
        assertFieldRefused(admin().post(base, Map.of("regarding", "Call", "occurredAt", "yesterday")), "occurredAt");
        assertFieldRefused(admin().post(base, Map.of("regarding", "Call", "private", "yes")), "private");
        assertFieldRefused(admin().post(base, Map.of("regarding", "Call", "shoeSize", 42)), "shoeSize");
        assertThat(admin().postRaw(base, "application/json", "{\"regarding\": ").status()).isEqualTo(400);
        assertThat(admin().get(base).json().get("total").asLong()).isZero();
        String id = record(admin(), contact, "Call", "2003-09-05T14:30:00Z");
        assertFieldRefused(admin().patch("/api/v1/history/" + id, Map.of("regarding", "")), "regarding");
        assertThat(admin().get("/api/v1/history/" + id).json().get("regarding").asText()).isEqualTo("Call");
    }

    @Test
    void keepsCyrillicAndEmoji() {
        String contact = contact(admin(), "Ромашка");
        String id = admin().post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Звонок Ёжикову 🦔",
                "details", "Договорились о встрече 😀\nв среду")).id();
        JsonNode item = admin().get("/api/v1/history/" + id).json();
        assertThat(item.get("regarding").asText()).isEqualTo("Звонок Ёжикову 🦔");
        assertThat(item.get("details").asText()).isEqualTo("Договорились о встрече 😀\nв среду");
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").json().get("items").get(0).get("regarding").asText())
                .isEqualTo("Звонок Ёжикову 🦔");
    }

    @Test
    void hidesAPrivateHistoryItemFromEveryoneButItsUser() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String contact = contact(admin(), "Acme");
        String shared = record(api(owner), contact, "Public call", "2003-09-05T12:00:00Z");
        String secret = api(owner).post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Private lunch",
                "private", true)).id();
        assertThat(api(owner).get("/api/v1/history/" + secret).json().get("private").asBoolean()).isTrue();
        assertThat(ids(api(owner).get("/api/v1/contacts/" + contact + "/history").json())).contains(secret, shared);

        assertThat(api(other).get("/api/v1/history/" + secret).status()).isEqualTo(404);
        assertThat(api(other).patch("/api/v1/history/" + secret, Map.of("regarding", "Gotcha")).status()).isEqualTo(404);
        assertThat(api(other).delete("/api/v1/history/" + secret).status()).isEqualTo(404);
        JsonNode othersHistory = api(other).get("/api/v1/contacts/" + contact + "/history").json();
        assertThat(ids(othersHistory)).containsExactly(shared);
        assertThat(othersHistory.get("total").asLong()).isEqualTo(1);
        assertThat(api(owner).get("/api/v1/history/" + secret).json().get("regarding").asText()).isEqualTo("Private lunch");
    }

    @Test
    void answersTheHistoryOfAnotherUsersPrivateContactWith404() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String contact = api(owner).post("/api/v1/contacts", Map.of("company", "Secret Ltd", "private", true)).id();
        String item = record(api(owner), contact, "Secret meeting", "2003-09-05T12:00:00Z");
        assertThat(api(other).get("/api/v1/contacts/" + contact + "/history").status()).isEqualTo(404);
        assertThat(api(other).post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Hi")).status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/history/" + item).status()).isEqualTo(404);
        assertThat(api(other).patch("/api/v1/history/" + item, Map.of("regarding", "Changed")).status()).isEqualTo(404);
        assertThat(api(other).delete("/api/v1/history/" + item).status()).isEqualTo(404);
        assertThat(api(owner).get("/api/v1/history/" + item).json().get("regarding").asText()).isEqualTo("Secret meeting");
    }

    @Test
    void answersMalformedAndUnknownIdsWith400And404() {
        assertThat(admin().get("/api/v1/history/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().patch("/api/v1/history/not-a-uuid", Map.of("regarding", "x")).status()).isEqualTo(400);
        assertThat(admin().delete("/api/v1/history/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts/not-a-uuid/history").status()).isEqualTo(400);
        String unknown = UUID.randomUUID().toString();
        assertThat(admin().get("/api/v1/history/" + unknown).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/history/" + unknown, Map.of("regarding", "x")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/history/" + unknown).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + unknown + "/history").status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/contacts/" + unknown + "/history", Map.of("regarding", "x")).status()).isEqualTo(404);
    }

    @Test
    void letsOnlyItsUserAManagerOrAnAdministratorChangeAHistoryItem() {
        User owner = data.user("owner", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String id = record(api(owner), contact(admin(), "Acme"), "Call", "2003-09-05T12:00:00Z");
        assertThat(api(colleague).patch("/api/v1/history/" + id, Map.of("regarding", "Mine now")).status()).isEqualTo(403);
        assertThat(api(colleague).delete("/api/v1/history/" + id).status()).isEqualTo(403);
        assertThat(api(colleague).get("/api/v1/history/" + id).json().get("regarding").asText()).isEqualTo("Call");
        Response byAdministrator = admin().patch("/api/v1/history/" + id, Map.of("regarding", "Call (corrected)"));
        assertThat(byAdministrator.status()).isEqualTo(200);
        assertThat(byAdministrator.json().get("user").asText()).isEqualTo(owner.userName());
        assertThat(admin().delete("/api/v1/history/" + id).status()).isEqualTo(204);
    }

    @Test
    void letsBrowseUsersReadTheHistoryButNotRecordIt() {
        User reader = data.user("reader", Role.BROWSE);
        String contact = contact(admin(), "Acme");
        record(admin(), contact, "Call", "2003-09-05T12:00:00Z");
        assertThat(api(reader).get("/api/v1/contacts/" + contact + "/history").json().get("total").asLong()).isEqualTo(1);
        assertThat(api(reader).post("/api/v1/contacts/" + contact + "/history", Map.of("regarding", "Mine")).status())
                .isEqualTo(403);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void deletingAContactDeletesItsNotesAndHistory() {
        User colleague = data.user("colleague", Role.STANDARD);
        String contact = contact(admin(), "Acme");
        String keptContact = contact(admin(), "Stays Ltd");
        String note = addNote(admin(), contact, "A note");
        String privateNote = api(colleague).post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Mine", "private", true))
                .id();
        String item = record(admin(), contact, "Call", "2003-09-05T12:00:00Z");
        String privateItem = api(colleague).post("/api/v1/contacts/" + contact + "/history",
                Map.of("regarding", "Lunch", "private", true)).id();
        String keptNote = addNote(admin(), keptContact, "Stays");
        String keptItem = record(admin(), keptContact, "Stays too", "2003-09-05T12:00:00Z");

        assertThat(admin().delete("/api/v1/contacts/" + contact).status()).isEqualTo(204);

        assertThat(admin().get("/api/v1/notes/" + note).status()).isEqualTo(404);
        assertThat(api(colleague).get("/api/v1/notes/" + privateNote).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/history/" + item).status()).isEqualTo(404);
        assertThat(api(colleague).get("/api/v1/history/" + privateItem).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").status()).isEqualTo(404);
        assertThat(dsl.fetchCount(NOTE, NOTE.CONTACT_ID.eq(UUID.fromString(contact)))).isZero();
        assertThat(dsl.fetchCount(HISTORY_ITEM, HISTORY_ITEM.CONTACT_ID.eq(UUID.fromString(contact)))).isZero();
        assertThat(admin().get("/api/v1/notes/" + keptNote).status()).isEqualTo(200);
        assertThat(admin().get("/api/v1/history/" + keptItem).status()).isEqualTo(200);
    }

    private static void assertFieldRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
        assertThat(response.json().get("error").asText()).isNotBlank();
    }

    private static String contact(ApiClient client, String company) {
        Response created = client.post("/api/v1/contacts", Map.of("company", company));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static String addNote(ApiClient client, String contactId, String text) {
        Response added = client.post("/api/v1/contacts/" + contactId + "/notes", Map.of("text", text));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.id();
    }

    private static String record(ApiClient client, String contactId, String regarding, String occurredAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("regarding", regarding);
        body.put("occurredAt", occurredAt);
        Response recorded = client.post("/api/v1/contacts/" + contactId + "/history", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.id();
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("id").asText()).toList();
    }
}
