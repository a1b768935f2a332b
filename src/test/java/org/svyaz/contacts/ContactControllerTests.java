package org.svyaz.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.svyaz.PageClient;
import org.svyaz.PageClient.Page;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;

class ContactControllerTests extends SvyazTests {

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() {
        Page page = new PageClient(port).get("/contacts");
        assertThat(page.url()).isEqualTo("/login");
        assertThat(page.html().select("input[name=username]")).hasSize(1);
    }

    @Test
    void showsTheLoginPageInRussianWhenAskedTo() {
        Page page = new PageClient(port).get("/login?lang=ru");
        assertThat(page.text("#login-submit")).isEqualTo("Войти");
    }

    @Test
    void refusesAWrongPasswordWithAMessage() {
        PageClient client = new PageClient(port);
        Page page = client.submit("/login", Map.of("username", "admin", "password", "wrong"));
        assertThat(page.url()).isEqualTo("/login");
        assertThat(page.text("#login-error")).isNotBlank();
    }

    @Test
    void createsAContactFromTheFormAndShowsItInTheContactWindow() {
        PageClient browser = adminBrowser();
        browser.get("/contacts/new");
        Page shown = browser.submit("/contacts", form("company", "Kwik-e-mart", "firstName", "Barney", "lastName", "Giverts",
                "city", "Springfield", "status", "customer"));
        assertThat(shown.url()).startsWith("/contacts/");
        assertThat(shown.text("#contact-title")).isEqualTo("Barney Giverts");
        assertThat(shown.text("#view-company")).isEqualTo("Kwik-e-mart");
        assertThat(shown.text("#view-status")).isEqualTo("Customer");
        Page list = browser.get("/contacts");
        assertThat(list.text("#contact-list")).contains("Kwik-e-mart", "Giverts");
    }

    @Test
    void showsFormErrorsNextToTheFieldsAndStoresNothing() {
        PageClient browser = adminBrowser();
        browser.get("/contacts/new");
        Page form = browser.submit("/contacts", form("title", "Buyer", "email", "not-an-address"));
        assertThat(form.text("#name-error")).isNotBlank();
        assertThat(form.html().select("#email.is-invalid")).hasSize(1);
        assertThat(form.html().selectFirst("#title").attr("value")).isEqualTo("Buyer");
        assertThat(admin().get("/api/v1/contacts").json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() {
        PageClient browser = adminBrowser();
        Page refused = browser.submitWithoutToken("/contacts", form("company", "Forged Ltd"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/contacts").text()).doesNotContain("Forged Ltd");
    }

    @Test
    void tellsTheSecondEditorOfAConflictAndKeepsTheFirstChange() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme", "city", "Tver")).id();
        PageClient first = adminBrowser();
        PageClient second = adminBrowser();
        Page firstForm = first.get("/contacts/" + id + "/edit");
        Page secondForm = second.get("/contacts/" + id + "/edit");
        String version = firstForm.html().selectFirst("input[name=version]").attr("value");
        assertThat(secondForm.html().selectFirst("input[name=version]").attr("value")).isEqualTo(version);
        first.submit("/contacts/" + id, form("company", "Acme", "city", "Kazan", "version", version));
        Page conflict = second.submit("/contacts/" + id, form("company", "Acme", "city", "Samara", "version", version));
        assertThat(conflict.text("#conflict-message")).isNotBlank();
        assertThat(admin().get("/api/v1/contacts/" + id).json().get("city").asText()).isEqualTo("Kazan");
    }

    @Test
    void movesToTheNextAndPreviousContactInTheListOrder() {
        String alpha = admin().post("/api/v1/contacts", Map.of("company", "Alpha")).id();
        String bravo = admin().post("/api/v1/contacts", Map.of("company", "Bravo")).id();
        PageClient browser = adminBrowser();
        browser.get("/contacts");
        assertThat(browser.get("/contacts/" + alpha + "/next").url()).isEqualTo("/contacts/" + bravo);
        assertThat(browser.get("/contacts/" + bravo + "/previous").url()).isEqualTo("/contacts/" + alpha);
        browser.get("/contacts?sort=company:desc");
        assertThat(browser.get("/contacts/" + bravo + "/next").url()).isEqualTo("/contacts/" + alpha);
    }

    @Test
    void deletesAContactAfterConfirmation() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Doomed Ltd")).id();
        PageClient browser = adminBrowser();
        Page contact = browser.get("/contacts/" + id);
        assertThat(contact.html().selectFirst("form[data-confirm]")).isNotNull();
        Page list = browser.submit("/contacts/" + id + "/delete", Map.of());
        assertThat(list.text("#deleted-message")).contains("Doomed Ltd");
        assertThat(admin().get("/api/v1/contacts/" + id).status()).isEqualTo(404);
    }

    @Test
    void addsANoteFromTheNotesHistoryTab() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme")).id();
        PageClient browser = adminBrowser();
        browser.get("/contacts/" + id);
        Page tab = browser.htmxPost("/contacts/" + id + "/notes", Map.of("text", "Позвонить в понедельник"));
        assertThat(tab.text("#timeline")).contains("Позвонить в понедельник");
        assertThat(browser.htmxGet("/contacts/" + id + "/history?kind=MANUAL").text("#timeline")).doesNotContain("Позвонить");
    }

    @Test
    void showsAnUnknownContactAsANotFoundPageWithoutDetails() {
        Page page = adminBrowser().get("/contacts/" + UUID.randomUUID());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("#error-message")).isNotBlank();
        assertThat(page.html().text()).doesNotContain("Exception", "at org.");
    }

    @Test
    void showsTheChangesOfAContactToAdministratorsOnly() {
        String id = admin().post("/api/v1/contacts", Map.of("company", "Acme", "city", "Tver")).id();
        admin().patch("/api/v1/contacts/" + id, Map.of("city", "Kazan"));
        Page audit = adminBrowser().get("/contacts/" + id + "/audit");
        assertThat(audit.text("#audit-entries")).contains("city", "\"Kazan\"", "\"Tver\"", "admin");
        User standard = data.user("clerk", Role.STANDARD);
        Page refused = PageClient.loggedIn(port, standard.userName(), TestData.PASSWORD).get("/contacts/" + id + "/audit");
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void speaksTheUsersLanguage() {
        User russian = data.user("ivan", Role.STANDARD, Language.RU);
        Page list = PageClient.loggedIn(port, russian.userName(), TestData.PASSWORD).get("/contacts");
        assertThat(list.text("#nav-contacts")).isEqualTo("Контакты");
        assertThat(list.text("#new-contact")).isEqualTo("Новый контакт");
    }

    private PageClient adminBrowser() {
        return PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);
    }

    private static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            form.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return form;
    }
}
