package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.SECURITY_EVENT;
import static org.svyaz.schema.Tables.SERIES;

import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/**
 * Text PostgreSQL cannot keep (a NUL character) or that is no text at all (half of a surrogate
 * pair) is refused wherever it comes in, with a 400 that names the field, and nothing is stored.
 */
class InputHygieneTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Test
    void aNulInAContactsNameIsRefusedByNameAndNothingIsCreated() {
        int contacts = dsl.fetchCount(CONTACT);

        Response refused = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Nahasa\u0000pee"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").get("lastName").asText()).contains("«lastName»", "NUL");
        assertThat(dsl.fetchCount(CONTACT)).isEqualTo(contacts);
    }

    @Test
    void aLoneSurrogateIsRefusedAndAWholePairIsKept() {
        int contacts = dsl.fetchCount(CONTACT);

        Response refused = admin().postRaw("/api/v1/contacts", "application/json", "{\"company\": \"Kwik\\ud800-e-mart\"}");
        Response lowHalf = admin().postRaw("/api/v1/contacts", "application/json", "{\"company\": \"\\udc00Kwik-e-mart\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").has("company")).isTrue();
        assertThat(lowHalf.status()).as(lowHalf.toString()).isEqualTo(400);
        assertThat(dsl.fetchCount(CONTACT)).isEqualTo(contacts);
        Response kept = admin().postRaw("/api/v1/contacts", "application/json", "{\"company\": \"Kwik-e-mart \\ud83d\\ude00\"}");
        assertThat(kept.status()).as(kept.toString()).isEqualTo(201);
        assertThat(kept.json().get("company").asText()).isEqualTo("Kwik-e-mart \uD83D\uDE00");
    }

    @Test
    void aNulDeepInABodyReadIntoRecordsIsNamedByItsPath() {
        Response refused = admin().post("/api/v1/series", Map.of("name", "Plan", "steps", List.of(Map.of("type", "TODO",
                "durationMinutes", 10, "priority", "LOW", "regarding", "Call\u0000back", "offset", Map.of("amount", 0, "unit", "DAYS"),
                "weekendRule", "NONE"))));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("fields").has("steps[0].regarding")).as(refused.toString()).isTrue();
        assertThat(dsl.fetchCount(SERIES)).isZero();
    }

    @Test
    void aNulInAQueryParameterOrAnUploadedFilesNameIsRefusedByName() {
        String contact = admin().post("/api/v1/contacts", Map.of("company", "Kwik-e-mart")).id();
        long documents = admin().get("/api/v1/contacts/" + contact + "/documents").json().get("total").asLong();

        Response query = admin().get("/api/v1/contacts?lastName=Simp%00son");
        Response upload = admin().upload("/api/v1/contacts/" + contact + "/documents", "offer\u0000.pdf", "application/pdf",
                new byte[] {1, 2, 3});

        assertThat(query.status()).as(query.toString()).isEqualTo(400);
        assertThat(query.json().get("fields").has("lastName")).as(query.toString()).isTrue();
        assertThat(upload.status()).as(upload.toString()).isEqualTo(400);
        assertThat(upload.json().get("fields").has("file")).as(upload.toString()).isTrue();
        assertThat(admin().get("/api/v1/contacts/" + contact + "/documents").json().get("total").asLong()).isEqualTo(documents);
    }

    @Test
    void aNulInAPageFormIsShownAsTheFormsErrorAndNothingIsSaved() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
        page.get("/contacts/new");
        int contacts = dsl.fetchCount(CONTACT);

        Page refused = page.submit("/contacts", Map.of("company", "Kwik-e-mart", "lastName", "Simp\u0000son"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("#error-message")).contains("«lastName»", "NUL");
        assertThat(dsl.fetchCount(CONTACT)).isEqualTo(contacts);
    }

    @Test
    void aNulInAUserNameAtLogInIsAFailedLogInRecordedAsSuchNotAServerError() {
        Page form = new PageClient(port).submit("/login", Map.of("username", "ad\u0000min", "password", TestDatabase.ADMIN_PASSWORD));
        Response api = ApiClient.basic(port, "ad\u0000min", TestDatabase.ADMIN_PASSWORD).get("/api/v1/contacts");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.url()).isEqualTo("/login");
        assertThat(form.response().uri().getQuery()).isEqualTo("error");
        assertThat(api.status()).as(api.toString()).isEqualTo(401);
        assertThat(dsl.select(SECURITY_EVENT.KIND).from(SECURITY_EVENT).where(SECURITY_EVENT.USER_NAME.eq("ad\uFFFDmin"))
                .fetch(SECURITY_EVENT.KIND)).containsExactly("LOGIN_FAILED", "LOGIN_FAILED");
    }
}
