package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.ApiClient.Response;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;

/** What a new password must be (issue 15, point 6), each refusal with its message in both languages. */
class PasswordRulesTests extends SvyazTests {

    @Test
    void refusesEachBadPasswordWithItsMessageInEnglish() {
        ApiClient admin = admin();
        assertRefused(admin, "giverts-barney", "Kwik-7", "A password needs at least 8 characters.");
        assertRefused(admin, "giverts-barney", "Password1", "This password is among the 10,000 most common ones, which are tried first; choose another.");
        assertRefused(admin, "giverts-barney", "qwertyuiop", "This password is among the 10,000 most common ones, which are tried first; choose another.");
        assertRefused(admin, "giverts-barney", "Giverts-Barney", "A password must differ from the user name.");
        assertRefused(admin, "giverts-barney", "я".repeat(37),
                "A password may have at most 72 bytes in UTF-8: 72 Latin letters and digits, or half as many Cyrillic letters.");
        assertThat(users.byUserName("giverts-barney")).isEmpty();
        Response longest = admin.post("/api/v1/admin/users", Map.of("userName", "giverts-barney", "password", "я".repeat(36), "role", "STANDARD"));
        assertThat(longest.status()).as("72 bytes are just allowed").isEqualTo(201);
        assertThat(ApiClient.basic(port, "giverts-barney", "я".repeat(36)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void refusesEachBadPasswordWithItsMessageInRussian() {
        ApiClient boss = api(data.user("boss", Role.ADMINISTRATOR, Language.RU));
        assertRefused(boss, "giverts-barney", "Kwik-7", "Пароль должен быть не короче 8 символов.");
        assertRefused(boss, "giverts-barney", "Password1",
                "Этот пароль входит в 10 000 самых распространённых, которые подбирают первыми; выберите другой.");
        assertRefused(boss, "giverts-barney", "GIVERTS-BARNEY", "Пароль не должен совпадать с именем пользователя.");
        assertRefused(boss, "giverts-barney", "я".repeat(37),
                "Пароль может занимать не больше 72 байт в UTF-8: 72 латинских букв и цифр или вдвое меньше русских букв.");
    }

    @Test
    void appliesTheRulesToOwnChangesAndResetsToo() {
        User clerk = data.user("clerk-of-works", Role.STANDARD);
        Response own = api(clerk).post("/api/v1/me/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "letmein1"));
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.json().get("fields").get("newPassword").asText()).startsWith("This password is among the 10,000 most common");
        Response tooLong = api(clerk).post("/api/v1/me/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "x".repeat(73)));
        assertThat(tooLong.status()).as("not a 500").isEqualTo(400);
        Response sameAsName = admin().post("/api/v1/admin/users/" + clerk.id() + "/password", Map.of("password", clerk.userName().toUpperCase()));
        assertThat(sameAsName.json().get("fields").get("password").asText()).isEqualTo("A password must differ from the user name.");
        assertThat(api(clerk).get("/api/v1/me").status()).isEqualTo(200);

        PageClient page = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        page.get("/account");
        Page refused = page.submit("/account/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "iloveyou",
                "repeatPassword", "iloveyou"));
        assertThat(refused.html().select("#newPassword.is-invalid")).hasSize(1);
        assertThat(refused.html().text()).contains("This password is among the 10,000 most common ones");
    }

    private static void assertRefused(ApiClient admin, String userName, String password, String message) {
        Response refused = admin.post("/api/v1/admin/users", Map.of("userName", userName, "password", password, "role", "STANDARD"));
        assertThat(refused.status()).as(password).isEqualTo(400);
        assertThat(refused.json().get("fields").get("password").asText()).as(password).isEqualTo(message);
    }
}
