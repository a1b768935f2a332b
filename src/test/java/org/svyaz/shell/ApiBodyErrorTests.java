package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.SERIES;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient.Response;
import org.svyaz.SvyazTests;

/**
 * A value of the wrong kind in a body whose JSON reads, or in a parameter: the error names where
 * it stands, as a path of the API's property names, and what it should have been; nothing is
 * written.
 */
class ApiBodyErrorTests extends SvyazTests {

    private static final String STEP = """
            {"type": "TODO", "durationMinutes": %s, "priority": "LOW", "regarding": "x",
             "offset": {"amount": 1, "unit": "%s"}, "weekendRule": "NONE"}""";

    @Autowired
    DSLContext dsl;

    @Test
    void aWrongChoiceDeepInTheBodyIsNamedByItsPathWithTheChoices() {
        String error = fieldError("/api/v1/series", "{\"name\": \"Years\", \"steps\": [" + STEP.formatted("10", "YEARS") + "]}",
                "steps[0].offset.unit");

        assertThat(error).contains("DAYS, WEEKS, MONTHS");
        assertThat(dsl.fetchCount(SERIES)).isZero();
    }

    @Test
    void aNumberInWordsAsksForAWholeNumber() {
        String error = fieldError("/api/v1/series", "{\"name\": \"Words\", \"steps\": [" + STEP.formatted("\"half an hour\"", "DAYS")
                + "]}", "steps[0].durationMinutes");

        assertThat(error).contains("whole number");
        assertThat(dsl.fetchCount(SERIES)).isZero();
    }

    @Test
    void anImpossibleDateAnIdAndAFlagOfTheWrongKindEachSayHowToWriteThem() {
        String series = admin().post("/api/v1/series", Map.of("name", "Plan", "steps", java.util.List.of(Map.of("type", "TODO",
                "durationMinutes", 10, "priority", "LOW", "regarding", "x", "offset", Map.of("amount", 0, "unit", "DAYS"),
                "weekendRule", "NONE")))).id();
        String schedule = "/api/v1/series/" + series + "/schedule";

        assertThat(fieldError(schedule, "{\"target\": {\"all\": true}, \"startDate\": \"2003-02-30\"}", "startDate"))
                .contains("2003-09-05");
        assertThat(fieldError(schedule, "{\"target\": {\"contactIds\": [\"42\"]}, \"startDate\": \"2003-09-05\"}",
                "target.contactIds[0]")).contains("UUID");
        assertThat(fieldError(schedule, "{\"target\": {\"all\": true}, \"startDate\": \"2003-09-05\", \"confirm\": \"maybe\"}",
                "confirm")).contains("true", "false");
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    @Test
    void aMomentInWordsSaysHowToWriteAnInstant() {
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        long items = dsl.fetchCount(HISTORY_ITEM);

        assertThat(fieldError("/api/v1/contacts/" + contact + "/history", "{\"regarding\": \"Call\", \"occurredAt\": \"yesterday\"}",
                "occurredAt")).contains("2003-09-05T14:30:00Z");
        assertThat(dsl.fetchCount(HISTORY_ITEM)).isEqualTo(items);
    }

    @Test
    void aDateParameterThatIsNoDateSaysHowToWriteOne() {
        Response refused = admin().get("/api/v1/activities?from=2003-13-01");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("from").asText()).contains("2003-09-05");
    }

    @Test
    void aMissingIdInAListOfIdsIsNamedByItsPlaceAndNothingChanges() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        String group = admin().post("/api/v1/groups", Map.of("name", "Shops")).id();
        String series = admin().post("/api/v1/series", Map.of("name", "Plan", "steps", java.util.List.of(Map.of("type", "TODO",
                "durationMinutes", 10, "priority", "LOW", "regarding", "x", "offset", Map.of("amount", 0, "unit", "DAYS"),
                "weekendRule", "NONE")))).id();
        String ids = "[\"" + barney + "\", null]";

        assertThat(fieldError("/api/v1/groups/" + group + "/members", "{\"contactIds\": [null]}", "contactIds[0]"))
                .isEqualTo("Fill this in.");
        assertThat(fieldError("/api/v1/groups/" + group + "/members", "{\"contactIds\": " + ids + "}", "contactIds[1]"))
                .isEqualTo("Fill this in.");
        assertThat(fieldError("/api/v1/activities", "{\"type\": \"CALL\", \"date\": \"2003-09-05\", \"time\": \"10:00\", "
                + "\"durationMinutes\": 30, \"regarding\": \"x\", \"contactIds\": " + ids + "}", "contactIds[1]"))
                .isEqualTo("Fill this in.");
        assertThat(fieldError("/api/v1/series/" + series + "/schedule", "{\"target\": {\"contactIds\": " + ids
                + "}, \"startDate\": \"2003-09-05\", \"confirm\": true}", "target.contactIds[1]")).isEqualTo("Fill this in.");
        assertThat(fieldError("/api/v1/me/tags", "{\"contactIds\": " + ids + "}", "contactIds[1]")).isEqualTo("Fill this in.");

        assertThat(admin().get("/api/v1/groups/" + group + "/members").json().get("total").asInt()).isZero();
        assertThat(admin().get("/api/v1/me/tags").json().get("total").asInt()).isZero();
        assertThat(dsl.fetchCount(ACTIVITY)).isZero();
    }

    @Test
    void aCallThatAsksForXmlIsToldInJsonThatTheApiAnswersJson() {
        String barney = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();

        for (String path : new String[] {"/api/v1/contacts/" + barney, "/api/v1/contacts"}) {
            Response refused = admin().getAccepting(path, "application/xml");
            assertThat(refused.status()).as(path).isEqualTo(406);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(refused.json().get("error").asText()).as(path)
                    .isEqualTo("The API answers JSON only: ask for application/json.");
        }
    }

    private String fieldError(String path, String body, String field) {
        Response refused = admin().postRaw(path, "application/json", body);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").has(field)).as(refused.toString()).isTrue();
        return refused.json().get("fields").get(field).asText();
    }
}
