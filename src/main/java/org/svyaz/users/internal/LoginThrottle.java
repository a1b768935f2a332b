package org.svyaz.users.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failed log-ins in a row for one user name, each
 * further attempt must wait, twice as long after every failure, up to a ceiling. A successful
 * log-in clears the count. Kept in memory: a restart forgives, which is acceptable for a delay.
 */
@Component
class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(2);

    private final int failuresBeforeDelay;
    private final Duration longestDelay;
    private final Clock clock;
    private final Map<String, Failures> failuresByUser = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${svyaz.login.failures-before-delay}") int failuresBeforeDelay,
            @Value("${svyaz.login.longest-delay}") Duration longestDelay) {
        this(failuresBeforeDelay, longestDelay, Clock.systemUTC());
    }

    LoginThrottle(int failuresBeforeDelay, Duration longestDelay, Clock clock) {
        this.failuresBeforeDelay = failuresBeforeDelay;
        this.longestDelay = longestDelay;
        this.clock = clock;
    }

    /** Seconds the user name must still wait before its next attempt, 0 when it may try now. */
    long secondsToWait(String userName) {
        Failures failures = failuresByUser.get(userName);
        if (failures == null) {
            return 0;
        }
        long millis = Duration.between(clock.instant(), failures.blockedUntil()).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    void failed(String userName) {
        failuresByUser.compute(userName, (name, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            Instant blockedUntil = clock.instant().plus(delayAfter(count));
            return new Failures(count, blockedUntil);
        });
    }

    void succeeded(String userName) {
        failuresByUser.remove(userName);
    }

    void forgetAll() {
        failuresByUser.clear();
    }

    private Duration delayAfter(int failures) {
        int beyond = failures - failuresBeforeDelay;
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private record Failures(int count, Instant blockedUntil) {
    }
}
