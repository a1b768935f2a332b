package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;

/** The administration pages and the user's own account page, used through their forms. */
class AdministrationPageTests extends SvyazTests {

    @Test
    void anAdministratorAddsAUserWhoCanThenLogIn() {
        PageClient admin = adminBrowser();
        admin.get("/admin/users");
        Page page = admin.submit("/admin/users", Map.of("userName", "zdv", "fullName", "Дмитрий Зайцев", "password", "zdv-secret",
                "role", "MANAGER", "language", "ru"));
        assertThat(page.text("#saved-message")).contains("zdv");
        assertThat(page.text("#user-list")).contains("Дмитрий Зайцев");
        Page russian = PageClient.loggedIn(port, "zdv", "zdv-secret").get("/contacts");
        assertThat(russian.text("#nav-contacts")).isEqualTo("Контакты");
    }

    @Test
    void showsWhyAUserCannotBeAdded() {
        PageClient admin = adminBrowser();
        admin.get("/admin/users");
        Page page = admin.submit("/admin/users", Map.of("userName", "Not Valid!", "fullName", "", "password", "123",
                "role", "STANDARD", "language", "en"));
        assertThat(page.html().select("#userName.is-invalid, #password.is-invalid")).hasSize(2);
        assertThat(users.byUserName("Not Valid!")).isEmpty();
    }

    @Test
    void anAdministratorResetsAPassword() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient admin = adminBrowser();
        admin.get("/admin/users/" + clerk.id());
        Page page = admin.submit("/admin/users/" + clerk.id() + "/password", Map.of("password", "brand-new-secret"));
        assertThat(page.text("#saved-message")).isNotBlank();
        assertThat(ApiClient.basic(port, clerk.userName(), "brand-new-secret").get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api(clerk).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void keepsTheAdministrationPagesFromOtherUsers() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient browser = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.get("/admin/custom-fields").status()).isEqualTo(403);
        assertThat(browser.get("/contacts").html().select("#nav-admin")).isEmpty();
    }

    @Test
    void letsAManagerAdministerTheFieldsButNotTheUsers() {
        User manager = data.user("manager", Role.MANAGER);
        PageClient browser = PageClient.loggedIn(port, manager.userName(), TestData.PASSWORD);
        assertThat(browser.get("/admin/users").status()).isEqualTo(403);
        assertThat(browser.get("/admin/custom-fields").status()).isEqualTo(200);
        assertThat(browser.get("/admin/contact-statuses").status()).isEqualTo(200);
        assertThat(browser.get("/admin/activity-types").status()).isEqualTo(200);
        Element menu = browser.get("/contacts").html().selectFirst("#nav-admin").parent();
        assertThat(menu.select("a[href='/admin/users']")).isEmpty();
        assertThat(menu.select("a[href='/admin/custom-fields']")).hasSize(1);
    }

    @Test
    void aCustomFieldDefinedOnItsPageAppearsOnTheContactForm() {
        PageClient admin = adminBrowser();
        admin.get("/admin/custom-fields");
        Page page = admin.submit("/admin/custom-fields", Map.of("label", "Код договора", "name", "contractCode", "type", "TEXT",
                "options", ""));
        assertThat(page.text("#saved-message")).isNotBlank();
        Page form = admin.get("/contacts/new");
        assertThat(form.html().select("#cf_contractCode")).hasSize(1);
        Page contact = admin.submit("/contacts", Map.of("company", "Acme", "cf_contractCode", "Д-2003/17"));
        assertThat(contact.text("#view-cf-contractCode")).isEqualTo("Д-2003/17");
    }

    @Test
    void anAdministratorAddsAStatusThatContactsCanHave() {
        PageClient admin = adminBrowser();
        admin.get("/admin/contact-statuses");
        admin.submit("/admin/contact-statuses", Map.of("code", "partner", "nameEn", "Partner", "nameRu", "Партнёр"));
        Page form = admin.get("/contacts/new");
        assertThat(form.html().select("#status option[value=partner]").text()).isEqualTo("Partner");
    }

    @Test
    void aUserChangesTheirPasswordAndMakesAnApiToken() {
        User clerk = data.user("clerk", Role.STANDARD);
        PageClient browser = PageClient.loggedIn(port, clerk.userName(), TestData.PASSWORD);
        browser.get("/account");
        Page wrong = browser.submit("/account/password", Map.of("currentPassword", "not-mine", "newPassword", "another-secret",
                "repeatPassword", "another-secret"));
        assertThat(wrong.html().select("#currentPassword.is-invalid")).hasSize(1);
        Page changed = browser.submit("/account/password", Map.of("currentPassword", TestData.PASSWORD, "newPassword", "another-secret",
                "repeatPassword", "another-secret"));
        assertThat(changed.text("#saved-message")).isNotBlank();
        assertThat(ApiClient.basic(port, clerk.userName(), "another-secret").get("/api/v1/me").status()).isEqualTo(200);

        Page withToken = browser.submit("/account/tokens", Map.of("name", "Excel import"));
        String token = withToken.text("#new-token");
        assertThat(ApiClient.bearer(port, token).get("/api/v1/me").json().get("userName").asText()).isEqualTo(clerk.userName());
    }

    private PageClient adminBrowser() {
        return PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
    }
}
