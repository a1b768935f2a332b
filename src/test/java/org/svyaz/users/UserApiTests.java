package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.APP_USER;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.svyaz.TestData;

class UserApiTests extends SvyazTests {

    private static final String CYRILLIC = ".*\\p{IsCyrillic}.*";

    @Autowired
    DSLContext dsl;

    @Test
    void describesTheCallerAndTheirMyRecord() {
        User zdv = data.user("zdv", Role.MANAGER, Language.RU);
        Response me = api(zdv).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        JsonNode body = me.json();
        assertThat(body.get("userName").asText()).isEqualTo(zdv.userName());
        assertThat(body.get("fullName").asText()).isEqualTo("zdv");
        assertThat(body.get("role").asText()).isEqualTo("MANAGER");
        assertThat(body.get("language").asText()).isEqualTo("ru");
        String myRecordId = body.get("myRecordId").asText();
        JsonNode myRecord = api(zdv).get("/api/v1/contacts/" + myRecordId).json();
        assertThat(myRecord.get("myRecord").asBoolean()).isTrue();
        assertThat(myRecord.get("recordManager").asText()).isEqualTo(zdv.userName());
        assertThat(admin().get("/api/v1/me").json().get("myRecordId").asText()).isNotEqualTo(myRecordId);
    }

    @Test
    void createsUsersOfEveryRole() {
        for (Role role : Role.values()) {
            String userName = "user-" + role.name().toLowerCase();
            Response created = admin().post("/api/v1/admin/users", newUser(userName, "password-" + role, "Full " + role, role.name()));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            assertThat(created.header("Location")).endsWith("/api/v1/admin/users/" + created.id());
            assertThat(created.json().get("userName").asText()).isEqualTo(userName);
            assertThat(created.json().get("role").asText()).isEqualTo(role.name());
            assertThat(created.json().get("enabled").asBoolean()).isTrue();
            JsonNode me = ApiClient.basic(port, userName, "password-" + role).get("/api/v1/me").json();
            assertThat(me.get("role").asText()).isEqualTo(role.name());
            assertThat(me.get("fullName").asText()).isEqualTo("Full " + role);
            assertThat(me.get("language").asText()).isEqualTo("en");
            assertThat(me.get("myRecordId").isNull()).isFalse();
        }
        JsonNode all = admin().get("/api/v1/admin/users").json();
        assertThat(all.get("total").asLong()).isEqualTo(Role.values().length + 1);
        assertThat(userNames(all)).contains("admin", "user-administrator", "user-browse");
    }

    @Test
    void refusesTheAdministrationApiToEveryOtherRole() {
        String someone = admin().post("/api/v1/admin/users", newUser("someone", "giverts-2003", "Someone", "STANDARD")).id();
        for (Role role : List.of(Role.MANAGER, Role.STANDARD, Role.RESTRICTED, Role.BROWSE)) {
            ApiClient user = api(data.user("not-admin", role));
            assertThat(user.get("/api/v1/admin/users").status()).as(role.name()).isEqualTo(403);
            Response create = user.post("/api/v1/admin/users", newUser("intruder", "giverts-2003", "Intruder", "ADMINISTRATOR"));
            assertThat(create.status()).as(role.name()).isEqualTo(403);
            assertThat(create.json().get("error").asText()).isNotBlank();
            assertThat(user.get("/api/v1/admin/users/" + someone).status()).isEqualTo(403);
            assertThat(user.patch("/api/v1/admin/users/" + someone, Map.of("role", "ADMINISTRATOR")).status()).isEqualTo(403);
            assertThat(user.post("/api/v1/admin/users/" + someone + "/password", Map.of("password", "hijacked")).status())
                    .isEqualTo(403);
        }
        assertThat(users.byUserName("intruder")).isEmpty();
        assertThat(admin().get("/api/v1/admin/users/" + someone).json().get("role").asText()).isEqualTo("STANDARD");
        assertThat(ApiClient.basic(port, "someone", "giverts-2003").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void refusesADuplicateUserNameWhateverItsCase() {
        Response first = admin().post("/api/v1/admin/users", newUser("Barney", "giverts-2003", "Barney Giverts", "STANDARD"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("userName").asText()).isEqualTo("barney");
        for (String taken : List.of("barney", "BARNEY", " Barney ")) {
            Response duplicate = admin().post("/api/v1/admin/users", newUser(taken, "other-password", "Impostor", "STANDARD"));
            assertThat(duplicate.status()).as(taken).isEqualTo(400);
            assertThat(duplicate.json().get("fields").has("userName")).isTrue();
        }
        assertThat(ApiClient.basic(port, "BARNEY", "giverts-2003").get("/api/v1/me").json().get("userName").asText()).isEqualTo("barney");
        assertThat(ApiClient.basic(port, "barney", "other-password").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin().get("/api/v1/admin/users").json().get("total").asLong()).isEqualTo(2);
    }

    @Test
    void refusesInvalidNewUsersAndCreatesNone() {
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("zdv", "giverts-2003", "Z", "EMPEROR")), "role");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("zdv", "giverts-2003", "Z", null)), "role");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("zdv", "1234567", "Z", "STANDARD")), "password");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("zdv", null, "Z", "STANDARD")), "password");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("zdv", "x".repeat(201), "Z", "STANDARD")), "password");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("z", "giverts-2003", "Z", "STANDARD")), "userName");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("здв", "giverts-2003", "Z", "STANDARD")), "userName");
        assertFieldRefused(admin().post("/api/v1/admin/users", newUser("z d v", "giverts-2003", "Z", "STANDARD")), "userName");
        Map<String, Object> withLanguage = newUser("zdv", "giverts-2003", "Z", "STANDARD");
        withLanguage.put("language", "de");
        assertFieldRefused(admin().post("/api/v1/admin/users", withLanguage), "language");
        assertThat(admin().get("/api/v1/admin/users").json().get("total").asLong()).isEqualTo(1);
        assertThat(admin().post("/api/v1/admin/users", newUser("zdv", "kwikemrt", "Z", "STANDARD")).status()).isEqualTo(201);
    }

    @Test
    void changesRoleFullNameAndLanguage() {
        User user = data.user("zdv", Role.STANDARD);
        assertThat(api(user).get("/api/v1/admin/users").status()).isEqualTo(403);
        Response changed = admin().patch("/api/v1/admin/users/" + user.id(), Map.of("role", "ADMINISTRATOR",
                "fullName", "Зинаида Д. Воронова", "language", "ru"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("role").asText()).isEqualTo("ADMINISTRATOR");
        JsonNode me = api(user).get("/api/v1/me").json();
        assertThat(me.get("fullName").asText()).isEqualTo("Зинаида Д. Воронова");
        assertThat(me.get("language").asText()).isEqualTo("ru");
        assertThat(me.get("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(api(user).get("/api/v1/admin/users").status()).isEqualTo(200);

        assertThat(admin().patch("/api/v1/admin/users/" + user.id(), Map.of("role", "BROWSE")).status()).isEqualTo(200);
        assertThat(api(user).post("/api/v1/contacts", Map.of("company", "Acme")).status()).isEqualTo(403);
        assertThat(api(user).get("/api/v1/me").json().get("fullName").asText()).isEqualTo("Зинаида Д. Воронова");
    }

    @Test
    void refusesInvalidChangesOfAUser() {
        User user = data.user("zdv", Role.STANDARD);
        assertFieldRefused(admin().patch("/api/v1/admin/users/" + user.id(), Map.of("role", "EMPEROR")), "role");
        assertFieldRefused(admin().patch("/api/v1/admin/users/" + user.id(), Map.of("fullName", " ")), "fullName");
        assertFieldRefused(admin().patch("/api/v1/admin/users/" + user.id(), Map.of("language", "fr")), "language");
        assertThat(admin().patch("/api/v1/admin/users/" + user.id(), Map.of("role", "MANAGER", "version", 0)).status())
                .isEqualTo(409);
        assertThat(admin().get("/api/v1/admin/users/" + user.id()).json().get("role").asText()).isEqualTo("STANDARD");
        UUID adminId = data.admin().id();
        assertThat(admin().patch("/api/v1/admin/users/" + adminId, Map.of("enabled", false)).status()).isEqualTo(400);
        assertThat(admin().patch("/api/v1/admin/users/" + adminId, Map.of("role", "STANDARD")).status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/me").json().get("role").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(admin().patch("/api/v1/admin/users/" + UUID.randomUUID(), Map.of("role", "MANAGER")).status()).isEqualTo(404);
        assertThat(admin().patch("/api/v1/admin/users/not-a-uuid", Map.of("role", "MANAGER")).status()).isEqualTo(400);
        assertThat(admin().get("/api/v1/admin/users/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void shutsOutADisabledUserAtOnceAndLetsThemInWhenEnabledAgain() {
        User user = data.user("leaver", Role.STANDARD);
        String token = api(user).post("/api/v1/me/tokens", Map.of("name", "script")).json().get("secret").asText();
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

        Response disabled = admin().patch("/api/v1/admin/users/" + user.id(), Map.of("enabled", false));
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        Response shutOut = api(user).get("/api/v1/me");
        assertThat(shutOut.status()).isEqualTo(401);
        assertThat(shutOut.json().get("error").asText()).isNotBlank();
        assertThat(api(user).get("/api/v1/contacts").status()).isEqualTo(401);
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);

        admin().patch("/api/v1/admin/users/" + user.id(), Map.of("enabled", true));
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void resetsAUsersPassword() {
        User user = data.user("forgetful", Role.STANDARD);
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(200);
        Response reset = admin().post("/api/v1/admin/users/" + user.id() + "/password", Map.of("password", "brand-new-secret"));
        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(port, user.userName(), "brand-new-secret").get("/api/v1/me").status()).isEqualTo(200);
        assertFieldRefused(admin().post("/api/v1/admin/users/" + user.id() + "/password", Map.of("password", "short")), "password");
        assertThat(ApiClient.basic(port, user.userName(), "brand-new-secret").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin().post("/api/v1/admin/users/" + UUID.randomUUID() + "/password", Map.of("password", "long-enough")).status())
                .isEqualTo(404);
    }

    @Test
    void changesTheCallersOwnPasswordOnlyWithTheRightCurrentOne() {
        User user = data.user("careful", Role.STANDARD);
        Response wrong = api(user).post("/api/v1/me/password", Map.of("currentPassword", "guess", "newPassword", "new-secret"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("fields").has("currentPassword")).isTrue();
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(ApiClient.basic(port, user.userName(), "new-secret").get("/api/v1/me").status()).isEqualTo(401);

        Response tooShort = api(user).post("/api/v1/me/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "abc"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("fields").has("newPassword")).isTrue();
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(200);

        Response changed = api(user).post("/api/v1/me/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "new-secret"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api(user).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(port, user.userName(), "new-secret").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void speaksRussianToAUserWhoChoseIt() {
        User user = data.user("ivan", Role.STANDARD);
        String unknownContact = "/api/v1/contacts/" + UUID.randomUUID();
        assertThat(api(user).get(unknownContact).json().get("error").asText()).doesNotMatch(CYRILLIC);
        Response changed = api(user).patch("/api/v1/me", Map.of("language", "ru"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("language").asText()).isEqualTo("ru");
        Response notFound = api(user).get(unknownContact);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().get("error").asText()).matches(CYRILLIC);
        Response invalid = api(user).post("/api/v1/contacts", Map.of("title", "Buyer"));
        assertThat(invalid.json().get("fields").get("name").asText()).matches(CYRILLIC);
        assertThat(admin().get(unknownContact).json().get("error").asText()).doesNotMatch(CYRILLIC);
        assertFieldRefused(api(user).patch("/api/v1/me", Map.of("language", "xx")), "language");
        JsonNode renamed = api(user).patch("/api/v1/me", Map.of("language", "en", "fullName", "Иван Петров")).json();
        assertThat(renamed.get("language").asText()).isEqualTo("en");
        assertThat(renamed.get("fullName").asText()).isEqualTo("Иван Петров");
        assertThat(api(user).get(unknownContact).json().get("error").asText()).doesNotMatch(CYRILLIC);
    }

    @Test
    void authenticatesWithAPersonalApiTokenUntilItIsRevoked() {
        User user = data.user("scripter", Role.STANDARD);
        Response created = api(user).post("/api/v1/me/tokens", Map.of("name", "Nightly import"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String secret = created.json().get("secret").asText();
        String tokenId = created.json().get("token").get("id").asText();
        assertThat(secret).isNotBlank();
        assertThat(created.json().get("token").get("name").asText()).isEqualTo("Nightly import");

        ApiClient bearer = ApiClient.bearer(port, secret);
        assertThat(bearer.get("/api/v1/me").json().get("userName").asText()).isEqualTo(user.userName());
        assertThat(bearer.post("/api/v1/contacts", Map.of("company", "Made by a script")).status()).isEqualTo(201);
        JsonNode tokens = api(user).get("/api/v1/me/tokens").json();
        assertThat(tokens.get("total").asLong()).isEqualTo(1);
        assertThat(tokens.toString()).doesNotContain(secret);
        assertThat(admin().get("/api/v1/me/tokens").json().get("total").asLong()).isZero();

        assertThat(admin().delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(404);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api(user).delete("/api/v1/me/tokens/" + tokenId).status()).isEqualTo(204);
        Response revoked = bearer.get("/api/v1/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("error").asText()).isNotBlank();
        assertThat(api(user).get("/api/v1/me/tokens").json().get("total").asLong()).isZero();
    }

    @Test
    void refusesMadeUpTokens() {
        User user = data.user("scripter", Role.STANDARD);
        String secret = api(user).post("/api/v1/me/tokens", Map.of("name", "real")).json().get("secret").asText();
        for (String madeUp : List.of("svz_" + "A".repeat(43), "not-a-token", secret + "x", secret.substring(0, secret.length() - 1))) {
            assertThat(ApiClient.bearer(port, madeUp).get("/api/v1/me").status()).as(madeUp).isEqualTo(401);
        }
        assertThat(ApiClient.bearer(port, secret).get("/api/v1/me").status()).isEqualTo(200);
        assertFieldRefused(api(user).post("/api/v1/me/tokens", Map.of("name", " ")), "name");
    }

    @Test
    void storesPasswordsAsBCryptHashesOnly() {
        User user = data.user("hashed", Role.STANDARD);
        admin().post("/api/v1/admin/users", newUser("viaapi", "api-password", "Via API", "STANDARD"));
        for (String userName : List.of(user.userName(), "viaapi", "admin")) {
            String hash = dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_NAME.eq(userName))
                    .fetchSingle(APP_USER.PASSWORD_HASH);
            assertThat(hash).as(userName).startsWith("{bcrypt}$2").doesNotContain(TestData.PASSWORD).doesNotContain("api-password");
        }
        api(user).post("/api/v1/me/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "changed-password"));
        assertThat(dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.USER_NAME.eq(user.userName()))
                .fetchSingle(APP_USER.PASSWORD_HASH)).startsWith("{bcrypt}$2").doesNotContain("changed-password");
    }

    @Test
    void answersHealthWithoutCredentials() {
        Response health = ApiClient.anonymous(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().size()).isEqualTo(1);
    }

    @Test
    void requiresCredentialsForTheCallersAccount() {
        assertThat(ApiClient.anonymous(port).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.anonymous(port).post("/api/v1/admin/users", newUser("x1", "giverts-2003", "X", "ADMINISTRATOR")).status())
                .isEqualTo(401);
        assertThat(ApiClient.basic(port, "nobody", "giverts-2003").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(users.byUserName("x1")).isEmpty();
    }

    private static Map<String, Object> newUser(String userName, String password, String fullName, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("userName", userName);
        body.put("password", password);
        body.put("fullName", fullName);
        body.put("role", role);
        return body;
    }

    private static void assertFieldRefused(Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("fields").has(field)).as(response.toString()).isTrue();
        assertThat(response.json().get("error").asText()).isNotBlank();
    }

    private static List<String> userNames(JsonNode list) {
        return StreamSupport.stream(list.get("items").spliterator(), false).map(item -> item.get("userName").asText()).toList();
    }
}
