package org.svyaz.users.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.svyaz.users.User;

/**
 * When a page session logged in, kept in the session: a session is over after
 * {@code svyaz.session.absolute-timeout} however active it was (the idle timeout is the servlet
 * container's), and once its user's password changed after it logged in (the stamp is in the
 * database, so this holds across servers) — except the session that made the change.
 */
@Component
class SessionStamps {

    static final String LOGGED_IN_AT = SessionStamps.class.getName() + ".loggedInAt";

    private final Duration absoluteTimeout;
    private final Clock clock;

    @Autowired
    SessionStamps(@Value("${svyaz.session.absolute-timeout}") Duration absoluteTimeout) {
        this(absoluteTimeout, Clock.systemUTC());
    }

    SessionStamps(Duration absoluteTimeout, Clock clock) {
        this.absoluteTimeout = absoluteTimeout;
        this.clock = clock;
    }

    void loggedIn(HttpServletRequest request) {
        request.getSession().setAttribute(LOGGED_IN_AT, clock.instant());
    }

    /** Keeps the current request's session, if any, past a password change made just now. */
    void keepCurrentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            if (session != null && session.getAttribute(LOGGED_IN_AT) != null) {
                session.setAttribute(LOGGED_IN_AT, clock.instant());
            }
        }
    }

    boolean isOver(HttpSession session, User user) {
        // a session from before this check existed counts from its start
        Instant loggedInAt = session.getAttribute(LOGGED_IN_AT) instanceof Instant at ? at : Instant.ofEpochMilli(session.getCreationTime());
        if (loggedInAt.plus(absoluteTimeout).isBefore(clock.instant())) {
            return true;
        }
        return user.credentialsChangedAt() != null && user.credentialsChangedAt().toInstant().isAfter(loggedInAt);
    }
}
