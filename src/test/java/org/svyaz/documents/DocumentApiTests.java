package org.svyaz.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.svyaz.schema.Tables.DOCUMENT;
import static org.svyaz.schema.Tables.DOCUMENT_CHUNK;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class DocumentApiTests extends SvyazTests {

    private static final int MEGABYTE = 1024 * 1024;

    @Autowired
    DSLContext dsl;

    @Autowired
    DocumentManagement documentManagement;

    @Test
    void uploadsThreeMegabytesOfRandomBytesAndGivesBackTheSameBytes() {
        String contact = contact(admin(), "Acme");
        byte[] content = randomBytes(3 * MEGABYTE, 1);
        Response uploaded = admin().upload(documentsOf(contact), "measurements.bin", "application/octet-stream", content);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        JsonNode document = uploaded.json();
        assertThat(UUID.fromString(document.get("id").asText())).isNotNull();
        assertThat(document.get("name").asText()).isEqualTo("measurements.bin");
        assertThat(document.get("size").asLong()).isEqualTo(content.length);
        assertThat(document.get("contentType").asText()).isEqualTo("application/octet-stream");
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(content));
        assertThat(uploaded.header("Location")).endsWith("/api/v1/documents/" + uploaded.id());

        Response download = admin().get("/api/v1/documents/" + uploaded.id() + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(content);
        assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(content.length));
        JsonNode described = admin().get("/api/v1/documents/" + uploaded.id()).json();
        assertThat(described.get("sha256").asText()).isEqualTo(sha256(content));
        assertThat(described.get("uploadedBy").asText()).isEqualTo("admin");
    }

    @Test
    void keepsAFileWhoseSizeIsNoMultipleOfTheChunkSize() {
        String contact = contact(admin(), "Acme");
        byte[] content = randomBytes(MEGABYTE + 12_345, 2);
        String id = admin().upload(documentsOf(contact), "odd.bin", "application/octet-stream", content).id();
        assertThat(admin().get("/api/v1/documents/" + id + "/content").bytes()).isEqualTo(content);
    }

    @Test
    void keepsAnEmptyFile() {
        String contact = contact(admin(), "Acme");
        Response uploaded = admin().upload(documentsOf(contact), "empty.txt", "text/plain", new byte[0]);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("size").asLong()).isZero();
        assertThat(uploaded.json().get("sha256").asText()).isEqualTo(sha256(new byte[0]));
        Response download = admin().get("/api/v1/documents/" + uploaded.id() + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEmpty();
    }

    @Test
    void listsTheDocumentsOfAContact() {
        String contact = contact(admin(), "Acme");
        String other = contact(admin(), "Other Ltd");
        String first = admin().upload(documentsOf(contact), "offer.pdf", "application/pdf", bytes("offer")).id();
        String second = admin().upload(documentsOf(contact), "price list.xlsx", "application/vnd.ms-excel", bytes("prices")).id();
        admin().upload(documentsOf(other), "elsewhere.txt", "text/plain", bytes("elsewhere"));
        JsonNode list = admin().get(documentsOf(contact)).json();
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("next").isNull()).isTrue();
        assertThat(ids(list)).containsExactlyInAnyOrder(first, second);
        assertThat(names(list)).containsExactlyInAnyOrder("offer.pdf", "price list.xlsx");
    }

    @Test
    void deletesADocument() {
        String contact = contact(admin(), "Acme");
        byte[] content = bytes("to be deleted");
        String id = admin().upload(documentsOf(contact), "old.txt", "text/plain", content).id();
        assertThat(admin().delete("/api/v1/documents/" + id).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/documents/" + id + "/content").status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(admin().get(documentsOf(contact)).json().get("total").asLong()).isZero();
        assertThat(dsl.fetchCount(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(sha256(content))))
                .as("the bytes stay while the journal refers to them, until `journal compact`").isEqualTo(1);
    }

    @Test
    void refusesAThirtyMegabyteUploadWithAClearMessageAndStoresNothing() {
        String contact = contact(admin(), "Acme");
        Response refused = admin().upload(documentsOf(contact), "huge.bin", "application/octet-stream", randomBytes(30 * MEGABYTE, 3));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("25 MB");
        assertThat(refused.json().get("fields").has("file")).isTrue();
        assertThat(admin().get(documentsOf(contact)).json().get("total").asLong()).isZero();
        assertThat(dsl.fetchCount(DOCUMENT)).isZero();
        assertThat(dsl.fetchCount(DOCUMENT_CHUNK)).isZero();
    }

    @Test
    void acceptsAFileOfExactlyTheLargestSize() {
        String contact = contact(admin(), "Acme");
        byte[] content = randomBytes(25 * MEGABYTE, 4);
        Response uploaded = admin().upload(documentsOf(contact), "largest.bin", "application/octet-stream", content);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(admin().get("/api/v1/documents/" + uploaded.id() + "/content").bytes()).isEqualTo(content);
    }

    @Test
    void offersAnHtmlFileOnlyAsADownloadThatIsNotSniffed() {
        String contact = contact(admin(), "Acme");
        byte[] page = bytes("<html><script>alert(document.cookie)</script></html>");
        Response uploaded = admin().upload(documentsOf(contact), "<script>.html", "text/html", page);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.json().get("contentType").asText()).isEqualTo("text/html");
        Response download = admin().get("/api/v1/documents/" + uploaded.id() + "/content");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/octet-stream");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.bytes()).isEqualTo(page);
    }

    @Test
    void storesTheFileNameWithoutTheFolderABrowserSendsAlong() {
        String contact = contact(admin(), "Acme");
        Response windows = admin().upload(documentsOf(contact), "C:\\fakepath\\отчёт.xlsx", "application/vnd.ms-excel", bytes("a"));
        assertThat(windows.status()).as(windows.toString()).isEqualTo(201);
        assertThat(windows.json().get("name").asText()).isEqualTo("отчёт.xlsx");
        Response unix = admin().upload(documentsOf(contact), "../../etc/passwd", "text/plain", bytes("b"));
        assertThat(unix.json().get("name").asText()).isEqualTo("passwd");
        Response download = admin().get("/api/v1/documents/" + windows.id() + "/content");
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.xlsx");
    }

    @Test
    void storesTheSameContentOnceForTwoContactsAndKeepsItWhileOneStillHasIt() {
        String first = contact(admin(), "Acme");
        String second = contact(admin(), "Other Ltd");
        byte[] content = randomBytes(600_000, 5);
        String sha256 = sha256(content);
        Response one = admin().upload(documentsOf(first), "contract.pdf", "application/pdf", content);
        Response two = admin().upload(documentsOf(second), "contract copy.pdf", "application/pdf", content);
        assertThat(one.json().get("sha256").asText()).isEqualTo(sha256);
        assertThat(two.json().get("sha256").asText()).isEqualTo(sha256);
        assertThat(two.id()).isNotEqualTo(one.id());
        int chunks = dsl.fetchCount(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(sha256));
        assertThat(chunks).isEqualTo(3);
        assertThat(dsl.fetchCount(DOCUMENT_CHUNK)).isEqualTo(chunks);

        assertThat(admin().delete("/api/v1/documents/" + one.id()).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + two.id() + "/content").bytes()).isEqualTo(content);
        assertThat(admin().delete("/api/v1/contacts/" + first).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + two.id() + "/content").bytes()).isEqualTo(content);

        assertThat(admin().delete("/api/v1/documents/" + two.id()).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + two.id() + "/content").status()).isEqualTo(404);
        assertThat(dsl.fetchCount(DOCUMENT_CHUNK, DOCUMENT_CHUNK.SHA256.eq(sha256)))
                .as("the bytes stay while the journal refers to them, until `journal compact`").isEqualTo(chunks);
    }

    @Test
    void deletingAContactDeletesItsDocuments() {
        String contact = contact(admin(), "Acme");
        byte[] content = bytes("attached to a contact that goes");
        String id = admin().upload(documentsOf(contact), "gone.txt", "text/plain", content).id();
        assertThat(admin().delete("/api/v1/contacts/" + contact).status()).isEqualTo(204);
        assertThat(admin().get("/api/v1/documents/" + id + "/content").status()).isEqualTo(404);
        assertThat(dsl.fetchCount(DOCUMENT, DOCUMENT.ID.eq(UUID.fromString(id)))).isZero();
    }

    @Test
    void hidesTheDocumentsOfAnotherUsersPrivateContact() {
        User owner = data.user("owner", Role.STANDARD);
        User other = data.user("other", Role.ADMINISTRATOR);
        String contact = api(owner).post("/api/v1/contacts", Map.of("company", "Secret Ltd", "private", true)).id();
        byte[] content = bytes("the secret plan");
        String id = api(owner).upload(documentsOf(contact), "plan.txt", "text/plain", content).id();
        assertThat(api(other).get(documentsOf(contact)).status()).isEqualTo(404);
        assertThat(api(other).upload(documentsOf(contact), "mine.txt", "text/plain", bytes("x")).status()).isEqualTo(404);
        assertThat(api(other).get("/api/v1/documents/" + id).status()).isEqualTo(404);
        Response content404 = api(other).get("/api/v1/documents/" + id + "/content");
        assertThat(content404.status()).isEqualTo(404);
        assertThat(content404.text()).doesNotContain("the secret plan");
        assertThat(api(other).delete("/api/v1/documents/" + id).status()).isEqualTo(404);
        assertThat(api(owner).get("/api/v1/documents/" + id + "/content").bytes()).isEqualTo(content);
        assertThat(api(owner).get(documentsOf(contact)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void letsBrowseUsersDownloadButNotUploadOrDelete() {
        User reader = data.user("reader", Role.BROWSE);
        String contact = contact(admin(), "Acme");
        String id = admin().upload(documentsOf(contact), "offer.txt", "text/plain", bytes("offer")).id();
        Response refused = api(reader).upload(documentsOf(contact), "mine.txt", "text/plain", bytes("mine"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).isNotBlank();
        assertThat(api(reader).delete("/api/v1/documents/" + id).status()).isEqualTo(403);
        assertThat(api(reader).get("/api/v1/documents/" + id + "/content").bytes()).isEqualTo(bytes("offer"));
        assertThat(admin().get(documentsOf(contact)).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void answersMalformedAndUnknownIdsWith400And404() {
        assertThat(admin().get("/api/v1/documents/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/documents/not-a-uuid/content").status()).isEqualTo(400);
        assertThat(admin().delete("/api/v1/documents/not-a-uuid").status()).isEqualTo(400);
        assertThat(admin().upload("/api/v1/contacts/not-a-uuid/documents", "a.txt", "text/plain", bytes("a")).status()).isEqualTo(400);
        String unknown = UUID.randomUUID().toString();
        assertThat(admin().get("/api/v1/documents/" + unknown).status()).isEqualTo(404);
        assertThat(admin().get("/api/v1/documents/" + unknown + "/content").status()).isEqualTo(404);
        assertThat(admin().delete("/api/v1/documents/" + unknown).status()).isEqualTo(404);
        assertThat(admin().get(documentsOf(unknown)).status()).isEqualTo(404);
        assertThat(admin().upload(documentsOf(unknown), "a.txt", "text/plain", bytes("a")).status()).isEqualTo(404);
        assertThat(dsl.fetchCount(DOCUMENT_CHUNK)).isZero();
    }

    @Test
    void refusesAnUploadWithoutAFilePart() {
        String contact = contact(admin(), "Acme");
        Response refused = admin().post(documentsOf(contact), Map.of("file", "not a file"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isNotBlank();
        assertThat(admin().get(documentsOf(contact)).json().get("total").asLong()).isZero();
    }

    @Test
    void attachingAndDeletingADocumentWritesTheContactsAndTheGroupsHistory() {
        String contact = contact(admin(), "Acme");
        Response attached = admin().upload(documentsOf(contact), "offer.pdf", "application/pdf", bytes("%PDF-1.4 offer"));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().get("name").asText()).isEqualTo("offer.pdf");
        assertThat(admin().delete("/api/v1/documents/" + attached.id()).status()).isEqualTo(204);
        JsonNode history = admin().get("/api/v1/contacts/" + contact + "/history").json();
        assertThat(kindsAndRegardings(history)).containsExactlyInAnyOrder("DOCUMENT_REMOVED offer.pdf", "DOCUMENT_ADDED offer.pdf");

        String group = admin().post("/api/v1/groups", Map.of("name", "Kwik-e-mart")).id();
        assertThat(admin().upload("/api/v1/groups/" + group + "/documents", "plan.txt", "text/plain", bytes("plan")).status())
                .isEqualTo(201);
        assertThat(kindsAndRegardings(admin().get("/api/v1/groups/" + group + "/history").json()))
                .containsExactly("DOCUMENT_ADDED plan.txt");
    }

    @Test
    void attachesSeveralFilesAllOrNoneAndNamesTheOneThatIsTooLarge() {
        UUID contact = UUID.fromString(contact(admin(), "Acme"));
        DocumentUpload offer = upload("offer.pdf", bytes("%PDF-1.4 offer"));
        DocumentUpload huge = upload("huge.bin", new byte[26 * MEGABYTE]);
        DocumentUpload prices = upload("prices.csv", bytes("product;price"));

        InvalidInput refused = catchThrowableOfType(InvalidInput.class,
                () -> as(data.admin(), () -> documentManagement.attachAll(RecordOwner.contact(contact), List.of(offer, huge, prices))));
        assertThat(refused.fieldErrors().get("file").messageKey()).isEqualTo("error.document.oneTooLarge");
        assertThat(refused.fieldErrors().get("file").arguments()).contains("huge.bin");
        assertThat(admin().get(documentsOf(contact.toString())).json().get("total").asLong()).isZero();
        assertThat(admin().get("/api/v1/contacts/" + contact + "/history").json().get("total").asLong()).isZero();

        List<Document> attached = as(data.admin(), () -> documentManagement.attachAll(RecordOwner.contact(contact), List.of(offer, prices)));
        assertThat(attached).extracting(Document::name).containsExactly("offer.pdf", "prices.csv");
        assertThat(names(admin().get(documentsOf(contact.toString())).json())).containsExactlyInAnyOrder("offer.pdf", "prices.csv");
        assertThat(kindsAndRegardings(admin().get("/api/v1/contacts/" + contact + "/history").json()))
                .containsExactlyInAnyOrder("DOCUMENT_ADDED offer.pdf", "DOCUMENT_ADDED prices.csv");
    }

    private static DocumentUpload upload(String name, byte[] content) {
        return new DocumentUpload(name, "application/octet-stream", content.length, new ByteArrayResource(content));
    }

    private static List<String> kindsAndRegardings(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .map(item -> item.get("kind").asText() + " " + item.get("regarding").asText()).toList();
    }

    private static String documentsOf(String contactId) {
        return "/api/v1/contacts/" + contactId + "/documents";
    }

    private static String contact(ApiClient client, String company) {
        Response created = client.post("/api/v1/contacts", Map.of("company", company));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.id();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("id").asText()).toList();
    }

    private static List<String> names(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("name").asText()).toList();
    }
}
