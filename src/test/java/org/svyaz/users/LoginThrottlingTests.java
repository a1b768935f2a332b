package org.svyaz.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svyaz.schema.Tables.SECURITY_EVENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.svyaz.SvyazTests;
import org.svyaz.TestData;

/**
 * Log-in throttling per client address and per user name from an address (issue 15, point 5).
 * The clients' addresses come from X-Forwarded-For, as behind a reverse proxy (README, "Behind
 * HTTPS"); they are documentation addresses (RFC 5737), never contacted.
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class LoginThrottlingTests extends SvyazTests {

    private static final String STRANGER = "192.0.2.66";
    private static final String OWNERS_DESK = "198.51.100.7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    DSLContext dsl;

    @Test
    void aStrangersFailuresElsewhereDoNotLockTheOwnerOut() throws Exception {
        User owner = data.user("owner", Role.STANDARD);
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(apiMe(owner.userName(), "guessed-password", STRANGER).statusCode()).as("attempt " + attempt).isEqualTo(401);
        }
        assertThat(apiMe(owner.userName(), TestData.PASSWORD, OWNERS_DESK).statusCode()).as("the owner at their own desk").isEqualTo(200);
        assertThat(logIn(owner.userName(), TestData.PASSWORD, OWNERS_DESK).uri().getPath()).doesNotStartWith("/login");
    }

    @Test
    void theSameAddressIsThrottledAndToldNothingOfIt() throws Exception {
        User owner = data.user("owner", Role.STANDARD);
        HttpResponse<String> wrongPassword = apiMe(owner.userName(), "guessed-password", STRANGER);
        for (int attempt = 2; attempt <= 8; attempt++) {
            apiMe(owner.userName(), "guessed-password", STRANGER);
        }
        HttpResponse<String> throttled = apiMe(owner.userName(), TestData.PASSWORD, STRANGER);
        assertThat(throttled.statusCode()).as("even the right password, from the guesser's address").isEqualTo(401);
        String message = JSON.readTree(throttled.body()).get("error").asText();
        assertThat(message).isEqualTo(JSON.readTree(wrongPassword.body()).get("error").asText())
                .isEqualTo("Wrong user name, password or token, or too many attempts. Try again later.")
                .doesNotContainPattern("\\d");
        assertThat(throttled.headers().firstValue("Retry-After")).isEmpty();
        assertThat(throttled.headers().map().keySet()).isEqualTo(wrongPassword.headers().map().keySet());

        HttpResponse<String> page = logIn(owner.userName(), TestData.PASSWORD, STRANGER);
        assertThat(page.uri().getPath() + "?" + page.uri().getQuery()).as("no wait in the address").isEqualTo("/login?error");
        assertThat(Jsoup.parse(page.body()).selectFirst("#login-error").text())
                .isEqualTo("Wrong user name or password, or too many attempts. Try again later.");
        assertThat(Jsoup.parse(page.body()).select("#login-wait")).isEmpty();
    }

    @Test
    void anAddressTryingManyUserNamesIsThrottledForEveryName() throws Exception {
        User colleague = data.user("colleague", Role.STANDARD);
        for (int attempt = 1; attempt <= 20; attempt++) {
            apiMe("name-" + attempt, "guessed-password", STRANGER);
        }
        assertThat(apiMe(colleague.userName(), TestData.PASSWORD, STRANGER).statusCode()).isEqualTo(401);
        assertThat(apiMe(colleague.userName(), TestData.PASSWORD, OWNERS_DESK).statusCode()).isEqualTo(200);
    }

    @Test
    void recordsFailuresUpToTheLockoutAndTheLockoutOnceAndLogIns() throws Exception {
        User owner = data.user("owner", Role.STANDARD);
        for (int attempt = 1; attempt <= 12; attempt++) {
            apiMe(owner.userName(), "guessed-password", STRANGER);
        }
        List<String> kinds = dsl.select(SECURITY_EVENT.KIND).from(SECURITY_EVENT).where(SECURITY_EVENT.USER_NAME.eq(owner.userName()))
                .orderBy(SECURITY_EVENT.ID).fetch(SECURITY_EVENT.KIND);
        assertThat(kinds).as("attempts while locked out are refused unchecked and recorded nowhere")
                .containsExactly("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOCKED_OUT");
        assertThat(dsl.selectDistinct(SECURITY_EVENT.ADDRESS).from(SECURITY_EVENT).fetch(SECURITY_EVENT.ADDRESS)).containsExactly(STRANGER);

        logIn(owner.userName(), TestData.PASSWORD, OWNERS_DESK);
        assertThat(dsl.fetchExists(dsl.selectFrom(SECURITY_EVENT).where(SECURITY_EVENT.KIND.eq("LOGIN"))
                .and(SECURITY_EVENT.USER_NAME.eq(owner.userName())).and(SECURITY_EVENT.ADDRESS.eq(OWNERS_DESK)))).isTrue();
    }

    private HttpResponse<String> apiMe(String userName, String password, String address) throws Exception {
        String basic = Base64.getEncoder().encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in on the log-in page from the address, following the redirects; answers the page it ends at. */
    private HttpResponse<String> logIn(String userName, String password, String address) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        String csrf = Jsoup.parse(form.body()).selectFirst("meta[name=csrf-token]").attr("content");
        String body = "username=" + URLEncoder.encode(userName, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-For", address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
