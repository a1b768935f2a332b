package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.API_TOKEN;
import static org.svyaz.schema.Tables.API_TOKEN_USE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.journal.internal.JournalEscapeListener;
import org.svyaz.TestData;

/** API tokens' scope, expiry and last use (issue 15, point 7; API.md "Roles, teams and record access"). */
class ApiTokenScopeTests extends SvyazTests {

    @Autowired
    DSLContext dsl;

    @Test
    void aReadTokenReadsAndItsWritesAre403() {
        User clerk = data.user("clerk", Role.STANDARD);
        Response created = api(clerk).post("/api/v1/me/tokens", Map.of("name", "Report", "scope", "READ", "expiresInDays", 7));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("token").get("scope").asText()).isEqualTo("READ");
        ApiClient reader = ApiClient.bearer(port, created.json().get("secret").asText());
        int contacts = api(clerk).get("/api/v1/contacts").json().get("total").asInt();

        assertThat(reader.get("/api/v1/contacts").status()).isEqualTo(200);
        Response write = reader.post("/api/v1/contacts", Map.of("company", "Made by a report"));
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.json().get("error").asText()).isEqualTo("This API token may only read.");
        assertThat(reader.patch("/api/v1/me", Map.of("fullName", "Renamed")).status()).isEqualTo(403);
        assertThat(api(clerk).get("/api/v1/contacts").json().get("total").asInt()).isEqualTo(contacts);
        assertThat(api(clerk).get("/api/v1/me").json().get("fullName").asText()).isEqualTo("clerk");

        String writerSecret = api(clerk).post("/api/v1/me/tokens", Map.of("name", "Import")).json().get("secret").asText();
        assertThat(ApiClient.bearer(port, writerSecret).post("/api/v1/contacts", Map.of("company", "Made by an import")).status())
                .as("WRITE when no scope is given").isEqualTo(201);
    }

    @Test
    void aTokenExpiresAfterItsDaysNinetyByDefault() {
        User clerk = data.user("clerk", Role.STANDARD);
        JsonNode week = api(clerk).post("/api/v1/me/tokens", Map.of("name", "Week", "expiresInDays", 7)).json();
        JsonNode standard = api(clerk).post("/api/v1/me/tokens", Map.of("name", "Default")).json();
        assertThat(Duration.between(Instant.now(), Instant.parse(week.get("token").get("expiresAt").asText())).toDays()).isEqualTo(6);
        assertThat(Duration.between(Instant.now(), Instant.parse(standard.get("token").get("expiresAt").asText())).toDays()).isEqualTo(89);

        ApiClient client = ApiClient.bearer(port, week.get("secret").asText());
        assertThat(client.get("/api/v1/me").status()).isEqualTo(200);
        // a week later, as far as the token is concerned
        UUID weekId = UUID.fromString(week.get("token").get("id").asText());
        JournalEscapeListener.asFixture(() -> dsl.update(API_TOKEN)
                .set(API_TOKEN.EXPIRES_AT, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1)).where(API_TOKEN.ID.eq(weekId)).execute());
        Response expired = client.get("/api/v1/me");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.json().get("error").asText()).isNotBlank();
        assertThat(ApiClient.bearer(port, standard.get("secret").asText()).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownScopeAndDaysOutOfRange() {
        User clerk = data.user("clerk", Role.STANDARD);
        assertRefused(api(clerk).post("/api/v1/me/tokens", Map.of("name", "x", "scope", "ADMIN")), "scope");
        assertRefused(api(clerk).post("/api/v1/me/tokens", Map.of("name", "x", "expiresInDays", 0)), "expiresInDays");
        assertRefused(api(clerk).post("/api/v1/me/tokens", Map.of("name", "x", "expiresInDays", 366)), "expiresInDays");
        assertThat(api(clerk).get("/api/v1/me/tokens").json().get("total").asInt()).isZero();
    }

    @Test
    void recordsWhenATokenWasLastUsedAtMostOnceAMinute() {
        User clerk = data.user("clerk", Role.STANDARD);
        JsonNode created = api(clerk).post("/api/v1/me/tokens", Map.of("name", "Nightly")).json();
        UUID id = UUID.fromString(created.get("token").get("id").asText());
        assertThat(created.get("token").get("lastUsedAt").isNull()).isTrue();
        assertThat(api(clerk).get("/api/v1/me/tokens").json().get("items").get(0).get("lastUsedAt").isNull()).isTrue();

        ApiClient client = ApiClient.bearer(port, created.get("secret").asText());
        client.get("/api/v1/me");
        OffsetDateTime first = dsl.select(API_TOKEN_USE.LAST_USED_AT).from(API_TOKEN_USE).where(API_TOKEN_USE.TOKEN_ID.eq(id))
                .fetchSingle(API_TOKEN_USE.LAST_USED_AT);
        assertThat(Duration.between(first.toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
        dsl.update(API_TOKEN_USE).set(API_TOKEN_USE.LAST_USED_AT, first.minusSeconds(10)).where(API_TOKEN_USE.TOKEN_ID.eq(id)).execute();
        client.get("/api/v1/me");
        assertThat(dsl.select(API_TOKEN_USE.LAST_USED_AT).from(API_TOKEN_USE).where(API_TOKEN_USE.TOKEN_ID.eq(id))
                .fetchSingle(API_TOKEN_USE.LAST_USED_AT).toInstant()).as("not written again within the minute")
                .isEqualTo(first.minusSeconds(10).toInstant());
        assertThat(Instant.parse(api(clerk).get("/api/v1/me/tokens").json().get("items").get(0).get("lastUsedAt").asText()))
                .isEqualTo(first.minusSeconds(10).toInstant());
    }

    @Test
    void theAccountPageOffersScopeAndExpiry() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient page = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        Page account = page.get("/account");
        assertThat(account.html().select("#token-scope option").eachAttr("value")).containsExactly("READ", "WRITE");
        assertThat(account.html().selectFirst("#token-days").val()).isEqualTo("90");

        Page made = page.submit("/account/tokens", Map.of("name", "Report", "scope", "READ", "expiresInDays", "7"));
        String secret = made.text("#new-token");
        assertThat(made.text("#token-list .token-scope")).isEqualTo("Read only");
        assertThat(made.text("#token-list .token-used")).isEqualTo("never");
        assertThat(ApiClient.bearer(port, secret).post("/api/v1/contacts", Map.of("company", "Acme")).status()).isEqualTo(403);

        Page refused = page.submit("/account/tokens", Map.of("name", "Forever", "scope", "WRITE", "expiresInDays", "1000"));
        assertThat(refused.html().select("#token-days.is-invalid")).hasSize(1);
        assertThat(refused.html().text()).contains("A token expires after 1 to 365 days.");
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
    }
}
