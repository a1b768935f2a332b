package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.svyaz.ApiClient;
import org.svyaz.PageClient;
import org.svyaz.SvyazTests;
import org.svyaz.TestDatabase;

/** Every answer keeps record addresses from other sites and denies pages the camera, microphone, location and the like. */
class SecurityHeadersTests extends SvyazTests {

    @Test
    void pagesTheLogInPageAndAMissingPageCarryThePrivacyHeaders() {
        PageClient page = PageClient.loggedIn(port, "admin", TestDatabase.ADMIN_PASSWORD);

        assertPrivacyHeaders(page.get("/contacts").response().headers());
        assertPrivacyHeaders(page.get("/no-such-page").response().headers());
        assertPrivacyHeaders(new PageClient(port).get("/login").response().headers());
    }

    @Test
    void apiAnswersAndApiErrorsCarryThePrivacyHeaders() {
        assertPrivacyHeaders(admin().get("/api/v1/contacts").headers());
        assertPrivacyHeaders(admin().get("/api/v1/no-such-thing").headers());
        assertPrivacyHeaders(ApiClient.anonymous(port).get("/api/v1/contacts").headers());
    }

    private static void assertPrivacyHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse(""))
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }
}
