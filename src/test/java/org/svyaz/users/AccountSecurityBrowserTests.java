package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.Browser;
import org.svyaz.SvyazTests;

/**
 * A user whose password was set for them is led to choose their own, then makes a read-only API
 * token for a week on the account page (issue 15, points 6 and 7).
 */
@Tag("browser")
class AccountSecurityBrowserTests extends SvyazTests {

    @Test
    void choosesOwnPasswordAtTheFirstLogInThenMakesAReadOnlyToken() throws Exception {
        as(data.admin(), () -> users.create(new NewUser("barney", "given-password", "Barney Giverts", Role.STANDARD, Language.EN, null, true)));
        try (Browser browser = Browser.start(port)) {
            browser.open("/login");
            browser.type("#username", "barney");
            browser.type("#password", "given-password");
            browser.click("#login-submit");
            browser.find("#must-change-password");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
            browser.screenshot("account-must-change-password");
            browser.type("#currentPassword", "given-password");
            browser.type("#newPassword", "password");
            browser.type("#repeatPassword", "password");
            browser.click("#password-save");
            browser.waitForText(".invalid-feedback", "most common");
            browser.type("#currentPassword", "given-password");
            browser.type("#newPassword", "kwik-e-mart-2003");
            browser.type("#repeatPassword", "kwik-e-mart-2003");
            browser.click("#password-save");
            browser.find("#nav-contacts");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("/account/password");

            browser.open("/account");
            browser.type("#token-name", "Weekly report");
            new org.openqa.selenium.support.ui.Select(browser.find("#token-scope")).selectByValue("READ");
            browser.type("#token-days", "7");
            browser.click("#token-create");
            String secret = browser.text("#new-token");
            browser.waitForText("#token-list .token-scope", "Read only");
            browser.screenshot("account-read-only-token");
            assertThat(ApiClient.bearer(port, secret).get("/api/v1/me").status()).isEqualTo(200);
            assertThat(ApiClient.bearer(port, secret).post("/api/v1/contacts", Map.of("company", "Acme")).status()).isEqualTo(403);
        }
    }
}
