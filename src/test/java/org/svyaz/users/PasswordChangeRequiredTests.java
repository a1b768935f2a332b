package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;

/**
 * A user whose password others know (the demo users, StartupTests) must choose their own before
 * anything else: pages lead to the change-password page, the API answers 403 (issue 15, point 6).
 */
class PasswordChangeRequiredTests extends SvyazTests {

    private static final String GIVEN = "given-password";
    private static final String OWN = "my-own-password";

    @Test
    void pagesLeadToTheChangePasswordPageUntilThePasswordIsChanged() {
        User demo = demoUser();
        PageClient page = new PageClient(port);
        Page afterLogIn = page.submit("/login", Map.of("username", demo.userName(), "password", GIVEN));
        assertThat(afterLogIn.url()).isEqualTo("/account/password");
        assertThat(afterLogIn.text("#must-change-password")).startsWith("Your password was set for you");
        assertThat(page.get("/contacts").url()).isEqualTo("/account/password");
        assertThat(page.get("/account").url()).isEqualTo("/account/password");
        Page htmx = page.htmxGet("/contacts");
        assertThat(htmx.header("HX-Redirect")).isEqualTo("/account/password");

        Page refused = page.submit("/account/password", Map.of("currentPassword", GIVEN, "newPassword", "short", "repeatPassword", "short"));
        assertThat(refused.url()).isEqualTo("/account/password");
        assertThat(refused.html().select("#newPassword.is-invalid")).hasSize(1);

        Page changed = page.submit("/account/password", Map.of("currentPassword", GIVEN, "newPassword", OWN, "repeatPassword", OWN));
        assertThat(changed.url()).doesNotStartWith("/account/password").doesNotStartWith("/login");
        assertThat(page.get("/contacts").url()).isEqualTo("/contacts");
        assertThat(users.byId(demo.id()).mustChangePassword()).isFalse();
    }

    @Test
    void theApiAnswers403ExceptToChangeThePassword() {
        User demo = demoUser();
        ApiClient api = ApiClient.basic(port, demo.userName(), GIVEN);
        Response me = api.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(403);
        assertThat(me.json().get("error").asText())
                .isEqualTo("Choose a new password first (POST /api/v1/me/password): this one was set for you and others may know it.");
        assertThat(api.post("/api/v1/contacts", Map.of("company", "Acme")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/me/tokens", Map.of("name", "script")).status()).isEqualTo(403);

        Response changed = api.post("/api/v1/me/password", Map.of("currentPassword", GIVEN, "newPassword", OWN));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertThat(ApiClient.basic(port, demo.userName(), OWN).get("/api/v1/me").status()).isEqualTo(200);
    }

    private User demoUser() {
        return as(data.admin(), () -> users.create(new NewUser("demo-user", GIVEN, "Demo", Role.STANDARD, Language.EN, null, true)));
    }
}
