package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.SECURITY_EVENT;

import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;

/** A password change ends the user's other sessions and revokes their API tokens (issue 15, point 7). */
class SessionEndTests extends SvyazTests {

    private static final String NEW_PASSWORD = "another-secret";

    @Autowired
    DSLContext dsl;

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndTokensButNotThisSession() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient here = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        PageClient elsewhere = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        String token = api(clerk).post("/api/v1/me/tokens", Map.of("name", "script")).json().get("secret").asText();
        assertThat(elsewhere.get("/account").url()).isEqualTo("/account");
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(200);

        here.get("/account");
        Page changed = here.submit("/account/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD));
        assertThat(changed.text("#saved-message")).isEqualTo("Your password was changed.");

        assertThat(elsewhere.get("/account").url()).as("the other session is logged out").isEqualTo("/login");
        assertThat(here.get("/account").url()).as("the session that changed it stays").isEqualTo("/account");
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(port, clerk.userName(), NEW_PASSWORD).get("/api/v1/me/tokens").json().get("total").asInt()).isZero();
        assertThat(PageClient.loggedIn(port, clerk.userName(), NEW_PASSWORD).get("/account").url()).isEqualTo("/account");
        assertThat(dsl.fetchExists(dsl.selectFrom(SECURITY_EVENT).where(SECURITY_EVENT.KIND.eq("PASSWORD_CHANGED"))
                .and(SECURITY_EVENT.USER_NAME.eq(clerk.userName())))).isTrue();
    }

    @Test
    void anAdministratorsResetEndsEverySessionAndTokenOfTheUser() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient session = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        String token = api(clerk).post("/api/v1/me/tokens", Map.of("name", "script")).json().get("secret").asText();
        PageClient admin = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        assertThat(admin().post("/api/v1/admin/users/" + clerk.id() + "/password", Map.of("password", NEW_PASSWORD)).status()).isEqualTo(204);

        assertThat(session.get("/account").url()).isEqualTo("/login");
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.get("/account").url()).as("the administrator's own session goes on").isEqualTo("/account");
        assertThat(dsl.fetchExists(dsl.selectFrom(SECURITY_EVENT).where(SECURITY_EVENT.KIND.eq("PASSWORD_RESET"))
                .and(SECURITY_EVENT.USER_NAME.eq(clerk.userName())))).isTrue();
    }
}
