package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;

/**
 * API.md: "Lists answer {"total": N, "items": [...], "next": ...}". Walks the OpenAPI document,
 * so that an endpoint added later that answers a bare array fails here without anyone having to
 * remember to list it, and calls every list endpoint with the ids of real records.
 */
class ApiListContractTests extends SvyazTests {

    /** Answers that API.md itself documents as arrays (the opportunities' pipeline, forecast and stages). */
    private static final Set<String> DOCUMENTED_ARRAYS = Set.of("GET /api/v1/opportunities/pipeline",
            "GET /api/v1/opportunities/forecast", "GET /api/v1/admin/opportunity-stages", "PUT /api/v1/admin/opportunity-stages");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeEach
    void recordsOfEveryKind() {
        ApiClient admin = admin();
        String barney = admin.post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Giverts")).id();
        admin.post("/api/v1/contacts/" + barney + "/notes", Map.of("text", "Kwik-e-mart wants the price list"));
        String shops = admin.post("/api/v1/groups", Map.of("name", "Shops")).id();
        admin.post("/api/v1/groups", Map.of("name", "Tver shops", "parentId", shops));
        admin.post("/api/v1/groups/" + shops + "/members", Map.of("contactIds", List.of(barney)));
        String lookup = admin.post("/api/v1/lookups", Map.of("name", "Kwik", "keyword", "Kwik")).id();
        String series = admin.post("/api/v1/series", Map.of("name", "Plan", "steps", List.of(Map.of("type", "TODO",
                "durationMinutes", 10, "priority", "LOW", "regarding", "Call", "offset", Map.of("amount", 0, "unit", "DAYS"),
                "weekendRule", "NONE")))).id();
        ids.put("contacts", barney);
        ids.put("groups", shops);
        ids.put("lookups", lookup);
        ids.put("series", series);
    }

    @Test
    void noEndpointDocumentsABareArrayAsItsAnswer() {
        List<String> bare = new ArrayList<>();
        operations().forEach((operation, answer) -> {
            if (isArray(answer) && !DOCUMENTED_ARRAYS.contains(operation)) {
                bare.add(operation);
            }
        });

        assertThat(bare).as("endpoints that answer a bare array instead of {total, items, next}").isEmpty();
    }

    @Test
    void everyListEndpointAnswersTheEnvelopeWithRealRecords() {
        Map<String, JsonNode> lists = new LinkedHashMap<>();
        operations().forEach((operation, answer) -> {
            if (isList(answer)) {
                lists.put(operation, answer);
            }
        });
        assertThat(lists.keySet()).contains("GET /api/v1/search", "GET /api/v1/activity-types", "GET /api/v1/activities/reminders",
                "GET /api/v1/contacts/{contactId}/groups", "GET /api/v1/groups/{id}/subgroups", "POST /api/v1/groups/lookup",
                "GET /api/v1/lookups", "POST /api/v1/contacts/lookup");

        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String operation : lists.keySet()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = withIds(operation.substring(operation.indexOf(' ') + 1));
            Response response = method.equals("GET") ? admin().get(path) : admin().post(path, Map.of());
            assertThat(response.status()).as(operation + " → " + response).isEqualTo(200);
            JsonNode body = response.json();
            assertThat(body.isObject()).as(operation + " answers an object").isTrue();
            assertThat(body.path("total").isNumber()).as(operation + " has a total").isTrue();
            assertThat(body.path("items").isArray()).as(operation + " has items").isTrue();
            assertThat(body.has("next") && (body.get("next").isNull() || body.get("next").isTextual())).as(operation + " has next").isTrue();
            assertThat(body.get("total").asLong()).as(operation).isGreaterThanOrEqualTo(body.get("items").size());
            sizes.put(operation, body.get("items").size());
        }
        assertThat(sizes).containsEntry("GET /api/v1/search", 1).containsEntry("GET /api/v1/contacts/{contactId}/groups", 1)
                .containsEntry("GET /api/v1/groups/{id}/subgroups", 1).containsEntry("POST /api/v1/groups/lookup", 2);
        assertThat(sizes.get("GET /api/v1/activity-types")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNewlyWrappedListsPageWithLimitAndAfter() {
        JsonNode first = admin().get("/api/v1/activity-types?limit=2").json();
        JsonNode rest = admin().get("/api/v1/activity-types?limit=2&after=" + first.get("next").asText()).json();

        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("total").asInt()).isEqualTo(rest.get("total").asInt()).isGreaterThan(2);
        assertThat(rest.get("items").get(0).get("code").asText()).isNotEqualTo(first.get("items").get(1).get("code").asText());
        JsonNode groups = admin().post("/api/v1/groups/lookup", Map.of("limit", 1)).json();
        assertThat(groups.get("items")).hasSize(1);
        assertThat(groups.get("total").asInt()).isEqualTo(2);
        assertThat(admin().post("/api/v1/groups/lookup", Map.of("limit", 1, "after", groups.get("next").asText())).json().get("next")
                .isNull()).isTrue();
    }

    /** Each operation of the API ("GET /api/v1/...") with the schema of its successful answer (a missing node when none). */
    private Map<String, JsonNode> operations() {
        JsonNode document = ApiClient.anonymous(port).get("/v3/api-docs").json();
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode content = operation.getValue().path("responses").path("200").path("content");
            JsonNode schema = content.isObject() && content.size() > 0 ? content.elements().next().path("schema") : content;
            operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), resolved(document, schema));
        }));
        assertThat(operations).containsKey("GET /api/v1/contacts");
        return operations;
    }

    private static JsonNode resolved(JsonNode document, JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private static boolean isArray(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.asText().equals("array")
                || (type.isArray() && StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals("array")));
    }

    /** An answer shaped as a list: the envelope's three properties. */
    private static boolean isList(JsonNode schema) {
        JsonNode properties = schema.path("properties");
        return properties.has("total") && properties.has("items") && properties.has("next");
    }

    /** The path with each of its parameters replaced by the id of a record of the kind the segment before it names. */
    private String withIds(String path) {
        Matcher parameters = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (parameters.find()) {
            String before = path.substring(0, parameters.start());
            String[] segments = before.split("/");
            String kind = segments[segments.length - 1];
            String value = kind.equals("lookups") && path.startsWith("/api/v1/contacts/lookups/") ? "all" : ids.get(kind);
            assertThat(value).as("an id for {" + parameters.group(1) + "} of " + path + ": add a record of its kind above").isNotNull();
            parameters.appendReplacement(filled, value);
        }
        parameters.appendTail(filled);
        String query = path.equals("/api/v1/search") ? "?q=" + URLEncoder.encode("Kwik", StandardCharsets.UTF_8) : "";
        return filled + query;
    }
}
