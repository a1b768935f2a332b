package org.svyaz.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/**
 * The audit log (SPEC U4, issue 15 point 2): changes and security events in one timeline for
 * administrators, never with content the administrator could not see. Failed log-ins come from a
 * documentation address (RFC 5737) through X-Forwarded-For, as behind a reverse proxy.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class AuditLogTests extends SvyazTests {

    private static final String GUESSER = "203.0.113.9";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void showsTheCreationOfAnotherUsersPrivateNoteWithoutItsText() {
        User author = data.user("zdv", Role.STANDARD);
        ApiClient zdv = api(author);
        String contact = zdv.post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        String secret = zdv.post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Barney owes us a favour", "private", true)).id();
        String open = zdv.post("/api/v1/contacts/" + contact + "/notes", Map.of("text", "Price list sent")).id();

        Response audit = admin().get("/api/v1/admin/audit?entity=note");

        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.text()).doesNotContain("favour");
        JsonNode secretCreation = only(audit, secret);
        assertThat(secretCreation.get("kind").asText()).isEqualTo("CREATED");
        assertThat(secretCreation.get("user").asText()).isEqualTo(author.userName());
        assertThat(secretCreation.get("entity").asText()).isEqualTo("note");
        assertThat(secretCreation.get("hidden").asBoolean()).isTrue();
        assertThat(secretCreation.get("value").isNull()).isTrue();
        assertThat(only(audit, open).get("value").asText()).as("a note the administrator may see").contains("Price list sent");
        Page contactAudit = adminPages().get("/contacts/" + contact + "/audit");
        assertThat(contactAudit.text("#audit-entries")).contains("Price list sent", "hidden").doesNotContain("favour");
    }

    @Test
    void hidesTheFieldsOfAnotherUsersPrivateContactAndOfRecordsDeletedSince() {
        ApiClient zdv = api(data.user("zdv", Role.STANDARD));
        String hidden = zdv.post("/api/v1/contacts", Map.of("company", "Secret Supplier", "private", true)).id();
        String noteOnHidden = zdv.post("/api/v1/contacts/" + hidden + "/notes", Map.of("text", "Their margins")).id();
        String shown = admin().post("/api/v1/contacts", Map.of("company", "Open Shop")).id();
        String gone = admin().post("/api/v1/contacts/" + shown + "/notes", Map.of("text", "Forget me")).id();
        assertThat(admin().delete("/api/v1/notes/" + gone).status()).isEqualTo(204);

        Response audit = admin().get("/api/v1/admin/audit");

        assertThat(audit.text()).doesNotContain("Secret Supplier").doesNotContain("Forget me").doesNotContain("margins").contains("Open Shop");
        assertThat(only(audit, noteOnHidden).get("hidden").asBoolean()).as("a public note on a contact the viewer may not see").isTrue();
        assertThat(only(admin().get("/api/v1/admin/audit?recordId=" + hidden), hidden).get("hidden").asBoolean()).isTrue();
        List<JsonNode> deletedNote = items(admin().get("/api/v1/admin/audit?recordId=" + gone));
        assertThat(deletedNote).extracting(item -> item.get("kind").asText()).containsExactly("DELETED", "CREATED");
        assertThat(deletedNote.get(1).get("hidden").asBoolean()).isTrue();
    }

    @Test
    void hidesTheTextOfAnotherUsersPrivateActivityAndOfTheHistoryItemItsClearingWrote() {
        User owner = data.user("zdv", Role.STANDARD);
        ApiClient zdv = api(owner);
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        String activity = zdv.post("/api/v1/activities", Map.of("type", "CALL", "date", "2026-12-07", "time", "10:00",
                "durationMinutes", 30, "regarding", "Discuss the takeover", "contactIds", List.of(contact), "private", true)).id();
        assertThat(zdv.post("/api/v1/activities/" + activity + "/clear", Map.of("result", "COMPLETED", "notes", "They agreed to sell"))
                .status()).isEqualTo(200);

        Response audit = admin().get("/api/v1/admin/audit?user=" + owner.userName());

        assertThat(audit.text()).doesNotContain("takeover").doesNotContain("agreed to sell");
        assertThat(entities("user=" + owner.userName())).contains("activity", "history");
        assertThat(items(audit)).filteredOn(item -> !item.get("value").isNull())
                .allSatisfy(item -> assertThat(item.get("entity").asText()).isNotIn("activity", "history"));
    }

    @Test
    void filtersByUserEntityRecordKindAndDates() {
        User clerk = data.user("clerk", Role.STANDARD);
        String acme = api(clerk).post("/api/v1/contacts", Map.of("company", "Acme")).id();
        api(clerk).patch("/api/v1/contacts/" + acme, Map.of("city", "Tver"));
        String other = admin().post("/api/v1/contacts", Map.of("company", "Other")).id();
        admin().post("/api/v1/contacts/" + acme + "/notes", Map.of("text", "About Acme"));

        assertThat(recordIds("user=" + clerk.userName())).containsOnly(acme);
        assertThat(recordIds("user=admin&entity=contact")).contains(other).doesNotContain(acme);
        assertThat(kinds("recordId=" + acme)).containsExactly("CREATED", "CHANGED", "CREATED");
        assertThat(entities("recordId=" + acme)).containsExactly("note", "contact", "contact");
        assertThat(kinds("kind=changed&entity=contact")).containsExactly("CHANGED");
        assertThat(values("kind=CHANGED&entity=contact")).containsExactly("\"Tver\"");

        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        assertThat(recordIds("entity=contact&from=" + today.minusDays(1))).contains(acme, other);
        assertThat(recordIds("entity=contact&to=" + today.minusDays(2))).isEmpty();
        Instant acmeCreated = Instant.parse(items(admin().get("/api/v1/admin/audit?recordId=" + acme + "&kind=CREATED&entity=contact"))
                .get(0).get("at").asText());
        assertThat(recordIds("entity=contact&to=" + acmeCreated)).contains(acme);
        assertThat(kinds("recordId=" + acme + "&entity=contact&from=" + acmeCreated.plusMillis(1))).doesNotContain("CREATED");
    }

    @Test
    void showsFailedLogInsAndLockoutsWithTheirAddress() throws Exception {
        User owner = data.user("owner", Role.STANDARD);
        for (int attempt = 1; attempt <= 8; attempt++) {
            apiMeFrom(owner.userName(), "guessed-password", GUESSER);
        }

        List<JsonNode> failures = items(admin().get("/api/v1/admin/audit?user=" + owner.userName() + "&kind=LOGIN_FAILED"));
        List<JsonNode> lockouts = items(admin().get("/api/v1/admin/audit?user=" + owner.userName() + "&kind=LOCKED_OUT"));

        assertThat(failures).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("user").asText()).isEqualTo(owner.userName());
            assertThat(item.get("address").asText()).isEqualTo(GUESSER);
        });
        assertThat(lockouts).hasSize(1);
        assertThat(lockouts.get(0).get("address").asText()).isEqualTo(GUESSER);
        assertThat(kinds("user=" + owner.userName())).contains("LOCKED_OUT", "LOGIN_FAILED").doesNotContain("CREATED");
    }

    @Test
    void showsARoleChangeAsAKindOfItsOwn() {
        User clerk = data.user("clerk", Role.STANDARD);
        admin().patch("/api/v1/admin/users/" + clerk.id(), Map.of("role", "MANAGER"));
        admin().patch("/api/v1/admin/users/" + clerk.id(), Map.of("fullName", "Clerk Kent"));

        List<JsonNode> roleChanges = items(admin().get("/api/v1/admin/audit?kind=ROLE_CHANGED"));

        assertThat(roleChanges).hasSize(1);
        assertThat(roleChanges.get(0).get("recordId").asText()).isEqualTo(clerk.id().toString());
        assertThat(roleChanges.get(0).get("field").asText()).isEqualTo("userRole");
        assertThat(roleChanges.get(0).get("value").asText()).isEqualTo("\"MANAGER\"");
        assertThat(roleChanges.get(0).get("user").asText()).isEqualTo("admin");
        assertThat(fields("kind=CHANGED&entity=user")).contains("fullName").doesNotContain("userRole");
        assertThat(admin().get("/api/v1/admin/audit?entity=user&kind=CREATED").text()).doesNotContain("passwordHash");
    }

    @Test
    void recordsExportsOfCalendars() {
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        assertThat(admin().getAccepting("/api/v1/contacts/" + contact + "/activities.ics", "text/calendar").status()).isEqualTo(200);

        List<JsonNode> exports = items(admin().get("/api/v1/admin/audit?kind=EXPORTED"));

        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).get("recordId").asText()).isEqualTo(contact);
        assertThat(exports.get(0).get("value").asText()).startsWith("activities.ics");
        assertThat(kinds("recordId=" + contact)).contains("EXPORTED", "CREATED");
        assertThat(adminPages().get("/calendar/export.ics?view=week&date=2026-12-07").status()).isEqualTo(200);
        assertThat(values("kind=EXPORTED")).hasSize(2).first().asString().startsWith("calendar-");
    }

    @Test
    void isForAdministratorsOnly() {
        User manager = data.user("boss", Role.MANAGER);
        assertThat(api(manager).get("/api/v1/admin/audit").status()).isEqualTo(403);
        assertThat(PageClient.loggedIn(port, manager.userName(), TestData.PASSWORD).get("/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void refusesMalformedFiltersNamingThem() {
        Response yesterday = admin().get("/api/v1/admin/audit?from=yesterday");
        assertThat(yesterday.status()).isEqualTo(400);
        assertThat(yesterday.json().get("fields").has("from")).isTrue();
        Response badEnd = admin().get("/api/v1/admin/audit?to=2026-13-01");
        assertThat(badEnd.status()).isEqualTo(400);
        assertThat(badEnd.json().get("fields").has("to")).isTrue();
        assertThat(admin().get("/api/v1/admin/audit?kind=GOSSIP").json().get("fields").has("kind")).isTrue();
        assertThat(admin().get("/api/v1/admin/audit?recordId=42").json().get("fields").has("recordId")).isTrue();
        assertThat(admin().get("/api/v1/admin/audit?after=nonsense").status()).isEqualTo(400);
    }

    @Test
    void pagesThroughChangesAndSecurityEventsNewestFirst() throws Exception {
        for (int i = 1; i <= 5; i++) {
            admin().post("/api/v1/contacts", Map.of("company", "Shop " + i));
            apiMeFrom("nobody" + i, "wrong", GUESSER);
        }
        long total = admin().get("/api/v1/admin/audit").json().get("total").asLong();

        List<JsonNode> walked = new ArrayList<>();
        String next = null;
        do {
            Response page = admin().get("/api/v1/admin/audit?limit=3" + (next == null ? "" : "&after=" + next));
            assertThat(page.json().get("total").asLong()).isEqualTo(total);
            assertThat(items(page)).hasSizeLessThanOrEqualTo(3);
            walked.addAll(items(page));
            next = page.json().get("next").isNull() ? null : page.json().get("next").asText();
        } while (next != null);

        assertThat(walked).hasSize((int) total);
        assertThat(total).isEqualTo(10);
        assertThat(new HashSet<>(walked.stream().map(JsonNode::toString).toList())).hasSize(10);
        List<Instant> times = walked.stream().map(item -> Instant.parse(item.get("at").asText())).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void thePageShowsTheLogWithTheFiltersApplied() {
        User clerk = data.user("clerk", Role.STANDARD);
        admin().patch("/api/v1/admin/users/" + clerk.id(), Map.of("role", "MANAGER"));
        admin().post("/api/v1/contacts", Map.of("company", "Acme"));
        PageClient pages = adminPages();

        Page all = pages.get("/admin/audit");
        assertThat(all.html().select("#nav-audit").attr("href")).isEqualTo("/admin/audit");
        assertThat(all.text("#audit-entries")).contains("Role changed", "Created", "Acme");

        Page roles = pages.get("/admin/audit?kind=ROLE_CHANGED&user=admin");
        assertThat(roles.status()).isEqualTo(200);
        assertThat(roles.html().select("#audit-entries tbody tr")).hasSize(1);
        assertThat(roles.text("#audit-entries")).contains("Role changed", "MANAGER", "admin").doesNotContain("Acme");
        assertThat(roles.html().select("#kind option[selected]").attr("value")).isEqualTo("ROLE_CHANGED");

        Page malformed = pages.get("/admin/audit?from=someday");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.html().select("#from.is-invalid")).hasSize(1);
    }

    private PageClient adminPages() {
        return PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
    }

    private void apiMeFrom(String userName, String password, String address) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
        HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + credentials).header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<String> recordIds(String query) {
        return column(query, "recordId");
    }

    private List<String> kinds(String query) {
        return column(query, "kind");
    }

    private List<String> entities(String query) {
        return column(query, "entity");
    }

    private List<String> fields(String query) {
        return column(query, "field");
    }

    private List<String> values(String query) {
        return column(query, "value");
    }

    private List<String> column(String query, String name) {
        Response answer = admin().get("/api/v1/admin/audit?" + query.replace(":", URLEncoder.encode(":", StandardCharsets.UTF_8)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return items(answer).stream().map(item -> item.get(name).asText()).toList();
    }

    private static List<JsonNode> items(Response answer) {
        return StreamSupport.stream(answer.json().get("items").spliterator(), false).toList();
    }

    private static JsonNode only(Response answer, String recordId) {
        List<JsonNode> about = items(answer).stream().filter(item -> recordId.equals(item.get("recordId").asText())).toList();
        assertThat(about).hasSize(1);
        return about.get(0);
    }
}
