package org.svyaz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Addresses that leave the server name svyaz.public-url when it is set, never the request's Host (issue 15, point 7). */
class PublicUrlTests {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void usesTheConfiguredAddressWhateverHostTheRequestNamed() {
        requestFrom("evil.example", 80);
        assertThat(new PublicUrl("https://crm.example.com/").of("/calendar/feed/abc.ics")).isEqualTo("https://crm.example.com/calendar/feed/abc.ics");
        assertThat(new PublicUrl("https://crm.example.com/svyaz").of("/calendar/feed/abc.ics"))
                .isEqualTo("https://crm.example.com/svyaz/calendar/feed/abc.ics");
    }

    @Test
    void withoutASettingUsesTheAddressTheRequestCameBy() {
        requestFrom("localhost", 8080);
        assertThat(new PublicUrl("").of("/calendar/feed/abc.ics")).isEqualTo("http://localhost:8080/calendar/feed/abc.ics");
    }

    @Test
    void refusesASettingThatIsNoWebAddress() {
        assertThatThrownBy(() -> new PublicUrl("crm.example.com")).isInstanceOf(IllegalStateException.class).hasMessageContaining("svyaz.public-url");
        assertThatThrownBy(() -> new PublicUrl("ftp://crm.example.com")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PublicUrl("https://crm.example.com/?x=1")).isInstanceOf(IllegalStateException.class);
    }

    private static void requestFrom(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me/calendar-feed");
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
