package org.svyaz.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class NoteApiTests extends SvyazTests {

    @Test
    void addsReadsAndListsANote() {
        String contact = contact(admin(), "Kwik-e-mart");
        Response added = admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Barney wants a quote by Friday"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.header("Location")).endsWith("/api/v1/notes/" + added.id());
        JsonNode note = admin().get("/api/v1/notes/" + added.id()).json();
        assertThat(note.get("text").asText()).isEqualTo("Barney wants a quote by Friday");
        assertThat(note.get("contactId").asText()).isEqualTo(contact);
        assertThat(note.get("author").asText()).isEqualTo("admin");
        assertThat(note.get("private").asBoolean()).isFalse();
        assertThat(note.get("version").asLong()).isEqualTo(1);
        assertThat(note.get("createdAt").asText()).endsWith("Z");
        JsonNode list = admin().get("/api/v1/contacts/" + contact + "/notes").json();
        assertThat(list.get("total").asLong()).isEqualTo(1);
        assertThat(list.get("next").isNull()).isTrue();
        assertThat(ids(list)).containsExactly(added.id());
    }

    @Test
    void listsTheNotesOfAContactNewestFirst() {
        String contact = contact(admin(), "Acme");
        String first = addNote(admin(), contact, "first");
        String second = addNote(admin(), contact, "second");
        String third = addNote(admin(), contact, "third");
        addNote(admin(), contact(admin(), "Other Ltd"), "on another contact");
        assertThat(ids(admin().get("/api/v1/contacts/" + contact + "/notes").json())).containsExactly(third, second, first);
    }

    @Test
    void acceptsANoteOfTenThousandCharactersAndReadsItBackIdentical() {
        String contact = contact(admin(), "Acme");
        String text = mixedText(10_000);
        Response added = admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", text));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(admin().get("/api/v1/notes/" + added.id()).json().get("text").asText()).isEqualTo(text);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("items").get(0).get("text").asText())
                .isEqualTo(text);
    }

    @Test
    void acceptsANoteOfAMillionCharacters() {
        String contact = contact(admin(), "Acme");
        String text = "x".repeat(1_000_000);
        Response added = admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", text));
        assertThat(added.status()).as(added.toString().substring(0, 200)).isEqualTo(201);
        assertThat(admin().get("/api/v1/notes/" + added.id()).json().get("text").asText()).isEqualTo(text);
    }

    @Test
    void refusesANoteOfMoreThanAMillionCharactersAndStoresNothing() {
        String contact = contact(admin(), "Acme");
        Response refused = admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "x".repeat(1_000_001)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("text").asText()).isNotBlank();
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isZero();
    }

    @Test
    void refusesABlankOrMissingNote() {
        String contact = contact(admin(), "Acme");
        for (Object body : List.of(Map.of("text", ""), Map.of("text", " \n\t "), Map.of())) {
            Response refused = admin().post("/api/v1/contacts/" + contact + "/notes", body);
            assertThat(refused.status()).as(body.toString()).isEqualTo(400);
            assertThat(refused.json().get("fields").has("text")).isTrue();
        }
        String id = addNote(admin(), contact, "Keep me");
        assertThat(admin().patch("/api/v1/notes/" + id, Map.of("text", "   ")).status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/notes/" + id).json().get("text").asText()).isEqualTo("Keep me");
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void keepsCyrillicAndEmoji() {
        String contact = contact(admin(), "Ромашка");
        String text = "Позвонить Ёжикову 🦔 в пятницу — обсудить скидку 😀\nВторая строка";
        String id = addNote(admin(), contact, text);
        assertThat(admin().get("/api/v1/notes/" + id).json().get("text").asText()).isEqualTo(text);
        Response edited = admin().patch("/api/v1/notes/" + id, Map.of("text", text + " ✅"));
        assertThat(edited.json().get("text").asText()).isEqualTo(text + " ✅");
    }

    @Test
    void editsANoteAndChangesOnlyWhatIsSent() {
        String contact = contact(admin(), "Acme");
        String id = addNote(admin(), contact, "Call back");
        Response edited = admin().patch("/api/v1/notes/" + id, Map.of("text", "Called back, all fine"));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("version").asLong()).isEqualTo(2);
        Response madePrivate = admin().patch("/api/v1/notes/" + id, Map.of("private", true));
        assertThat(madePrivate.json().get("text").asText()).isEqualTo("Called back, all fine");
        assertThat(madePrivate.json().get("private").asBoolean()).isTrue();
        assertThat(admin().get("/api/v1/notes/" + id).json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void refusesAStaleVersionWith409AndKeepsTheOtherChange() {
        String id = addNote(admin(), contact(admin(), "Acme"), "Original");
        assertThat(admin().patch("/api/v1/notes/" + id, Map.of("text", "First edit", "version", 1)).status()).isEqualTo(200);
        Response stale = admin().patch("/api/v1/notes/" + id, Map.of("text", "Second edit", "version", 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).isNotBlank();
        assertThat(admin().get("/api/v1/notes/" + id).json().get("text").asText()).isEqualTo("First edit");
    }

    @Test
    void deletesANote() {
        String contact = contact(admin(), "Acme");
        String id = addNote(admin(), contact, "Short-lived");
        assertThat(admin().delete("/api/v1/notes/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/notes/" + id).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/notes/" + id).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isZero();
    }

    @Test
    void hidesAPrivateNoteFromEveryoneButItsAuthor() {
        User author = data.user("author", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String contact = contact(admin(), "Acme");
        String shared = addNote(api(author), contact, "Everybody may read this");
        Response added = api(author).post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Only for me", "private", true));
        assertThat(added.status()).isEqualTo(201);
        String secret = added.id();
        assertThat(api(author).get("/api/v1/notes/" + secret).json().get("private").asBoolean()).isTrue();
        assertThat(ids(api(author).get("/api/v1/contacts/" + contact + "/notes").json())).contains(secret, shared);

        assertThat(api(other).get("/api/v1/notes/" + secret).status()).isEqualTo(404);
        assertThat(api(other).patch("/api/v1/notes/" + secret, Map.of("text", "Gotcha")).status()).isEqualTo(404);
        assertThat(api(other).delete("/api/v1/notes/" + secret).status()).isEqualTo(404);
        JsonNode othersNotes = api(other).get("/api/v1/contacts/" + contact + "/notes").json();
        assertThat(ids(othersNotes)).containsExactly(shared);
        assertThat(othersNotes.get("total").asLong()).isEqualTo(1);
        JsonNode othersHistory = api(other).get("/api/v1/contacts/" + contact + "/history").json();
        assertThat(othersHistory.toString()).doesNotContain(secret).doesNotContain("Only for me");
        assertThat(othersHistory.get("total").asLong()).isEqualTo(1);
        assertThat(api(author).get("/api/v1/notes/" + secret).json().get("text").asText()).isEqualTo("Only for me");
    }

    @Test
    void answersNotesOfAnotherUsersPrivateContactWith404() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String contact = api(owner).post("/api/v1/contacts", Map.of("company", "Secret Ltd", "private", true)).id();
        String note = addNote(api(owner), contact, "About the secret deal");
        assertThat(api(other).get("/api/v1/contacts/" + contact + "/notes").status()).isEqualTo(404);
        assertThat(api(other).post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Hello")).status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/notes/" + note).status()).isEqualTo(404);
        assertThat(api(other).patch("/api/v1/notes/" + note, Map.of("text", "Changed")).status()).isEqualTo(404);
        assertThat(api(other).delete("/api/v1/notes/" + note).status()).isEqualTo(404);
        assertThat(api(owner).get("/api/v1/notes/" + note).json().get("text").asText()).isEqualTo("About the secret deal");
        assertThat(api(owner).get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void answersAMalformedIdWith400() {
        for (Response response : List.of(admin().get("/api/v1/notes/not-a-uuid"),
                admin().patch("/api/v1/notes/not-a-uuid", Map.of("text", "x")),
                admin().delete("/api/v1/notes/not-a-uuid"),
                admin().get("/api/v1/contacts/12345/notes"),
                admin().post("/api/v1/contacts/12345/notes", Map.of("text", "x")))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isNotBlank();
        }
    }

    @Test
    void answersAnUnknownIdWith404() {
        String unknown = UUID.randomUUID().toString();
        assertThat(admin().get("/api/v1/notes/" + unknown).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/notes/" + unknown, Map.of("text", "x")).status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/notes/" + unknown).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/contacts/" + unknown + "/notes").status()).isEqualTo(404);
        assertThat(admin().post("/api/v1/contacts/" + unknown + "/notes", Map.of("text", "x")).status()).isEqualTo(404);
    }

    @Test
    void answersMalformedBodiesWith400() {
        String contact = contact(admin(), "Acme");
        assertThat(admin().postRaw("/api/v1/contacts/" + contact + "/notes", "application/json", "{\"text\": ").status())
                .isEqualTo(400);
        Response unknownProperty = admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "x", "colour", "red"));
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.json().get("fields").has("colour")).isTrue();
        assertThat(admin().post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "x", "private", "yes")).status())
                .isEqualTo(400);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isZero();
    }

    @Test
    void letsOnlyTheAuthorAManagerOrAnAdministratorChangeANote() {
        User author = data.user("author", Role.STANDARD);
        User colleague = data.user("colleague", Role.STANDARD);
        String contact = contact(admin(), "Acme");
        String id = addNote(api(author), contact, "Mine");
        Response edit = api(colleague).patch("/api/v1/notes/" + id, Map.of("text", "Now mine"));
        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.json().get("error").asText()).isNotBlank();
        assertThat(api(colleague).delete("/api/v1/notes/" + id).status()).isEqualTo(403);
        assertThat(api(colleague).get("/api/v1/notes/" + id).json().get("text").asText()).isEqualTo("Mine");

        assertThat(api(author).patch("/api/v1/notes/" + id, Map.of("text", "Still mine")).status()).isEqualTo(200);
        Response byAdministrator = admin().patch("/api/v1/notes/" + id, Map.of("text", "Corrected by the administrator"));
        assertThat(byAdministrator.status()).isEqualTo(200);
        assertThat(byAdministrator.json().get("author").asText()).isEqualTo(author.userName());
        assertThat(admin().delete("/api/v1/notes/" + id).status()).isEqualTo(204);
        assertThat(api(author).get("/api/v1/notes/" + id).status()).isEqualTo(404);
    }

    @Test
    void letsBrowseUsersReadNotesButNotWriteThem() {
        User reader = data.user("reader", Role.BROWSE);
        String contact = contact(admin(), "Acme");
        String id = addNote(admin(), contact, "Visible");
        assertThat(api(reader).get("/api/v1/notes/" + id).status()).isEqualTo(200);
        assertThat(api(reader).post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Mine")).status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/contacts/" + contact + "/notes").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void letsRestrictedUsersEditButNotDeleteTheirNotes() {
        User restricted = data.user("restricted", Role.RESTRICTED);
        String id = addNote(api(restricted), contact(admin(), "Acme"), "Draft");
        assertThat(api(restricted).patch("/api/v1/notes/" + id, Map.of("text", "Final")).status()).isEqualTo(200);
        assertThat(api(restricted).delete("/api/v1/notes/" + id).status()).isEqualTo(403);
        assertThat(api(restricted).get("/api/v1/notes/" + id).json().get("text").asText()).isEqualTo("Final");
    }

    @Test
    void requiresCredentials() {
        String id = addNote(admin(), contact(admin(), "Acme"), "Hello");
        assertThat(ApiClient.anonymous(port).get("/api/v1/notes/" + id).status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).delete("/api/v1/notes/" + id).status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/notes/" + id).status()).isEqualTo(200);
    }

    @Test
    void pagesThroughTheNotesOfAContact() {
        String contactId = contact(admin(), "Acme");
        for (int i = 1; i <= 5; i++) {
            addNote(admin(), contactId, "Note " + i);
        }
        JsonNode first = admin().get("/api/v1/contacts/" + contactId + "/notes?limit=2").json();
        assertThat(first.get("total").asInt()).isEqualTo(5);
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = admin().get("/api/v1/contacts/" + contactId + "/notes?limit=2&after=" + first.get("next").asText()).json();
        JsonNode third = admin().get("/api/v1/contacts/" + contactId + "/notes?limit=2&after=" + second.get("next").asText()).json();
        assertThat(third.get("items")).hasSize(1);
        assertThat(third.get("next").isNull()).isTrue();
        assertThat(admin().get("/api/v1/contacts/" + contactId + "/notes?after=unknown").status()).isEqualTo(400);
    }

    @Test
    void acceptsANoteSentBackAsItWasRead() {
        String contactId = contact(admin(), "Acme");
        String noteId = addNote(admin(), contactId, "First text");
        ObjectNode read = (ObjectNode) admin().get("/api/v1/notes/" + noteId).json();
        read.put("text", "Second text");
        ApiClient.Response patched = admin().patch("/api/v1/notes/" + noteId, read.toString());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.json().get("text").asText()).isEqualTo("Second text");
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

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    /** Text of exactly {@code length} chars: Latin, Cyrillic, emoji, tabs and line breaks, no outer blanks. */
    private static String mixedText(int length) {
        String[] pieces = {"Kwik-e-mart ", "Ёжик ", "🦔", "\n", "\t", "цена: 12,50 ₽ ", "\"quoted\" ", "<b>&amp;</b> ", "\\ "};
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("Start");
        while (text.length() < length - 3) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        text.setLength(length - 3);
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            text.setCharAt(text.length() - 1, 'x');
        }
        text.append("End");
        assertThat(text).hasSize(length);
        return text.toString();
    }
}
