package org.svyaz.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.svyaz.users.Language;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** A page session's absolute lifetime and its end by a later password change (issue 15, point 7). */
class SessionStampsTests {

    private static final Instant LOG_IN = Instant.parse("2003-09-05T08:00:00Z");

    @Test
    void aSessionEndsTwelveHoursAfterItsLogInHoweverActive() {
        MockHttpSession session = loggedInAt(LOG_IN);
        assertThat(stampsAt(LOG_IN.plus(Duration.ofHours(12))).isOver(session, user(null))).isFalse();
        assertThat(stampsAt(LOG_IN.plus(Duration.ofHours(12)).plusSeconds(1)).isOver(session, user(null))).isTrue();
    }

    @Test
    void aSessionEndsWhenThePasswordChangedAfterItsLogIn() {
        MockHttpSession session = loggedInAt(LOG_IN);
        SessionStamps stamps = stampsAt(LOG_IN.plusSeconds(60));
        assertThat(stamps.isOver(session, user(LOG_IN.minusSeconds(1)))).isFalse();
        assertThat(stamps.isOver(session, user(LOG_IN.plusSeconds(1)))).isTrue();
    }

    private static MockHttpSession loggedInAt(Instant at) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        new SessionStamps(Duration.ofHours(12), Clock.fixed(at, ZoneOffset.UTC)).loggedIn(request);
        return (MockHttpSession) request.getSession();
    }

    private static SessionStamps stampsAt(Instant now) {
        return new SessionStamps(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static User user(Instant credentialsChangedAt) {
        return new User(UUID.randomUUID(), "clerk", "Clerk", Role.STANDARD, Language.EN, ZoneId.of("Europe/Moscow"), false, true,
                OffsetDateTime.parse("2003-01-01T00:00:00Z"), 1, false,
                credentialsChangedAt == null ? null : OffsetDateTime.ofInstant(credentialsChangedAt, ZoneOffset.UTC));
    }
}
