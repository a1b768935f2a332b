package org.svyaz.users.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.svyaz.users.SecurityEventKind;

/**
 * Slows down password guessing, counted per client address and per user name from that address:
 * after a few failures each further attempt must wait, twice as long after every failure, up to a
 * ceiling. Never per user name alone, so a stranger elsewhere cannot lock a colleague out: the
 * colleague's own address still logs in. A successful log-in clears its user name's count from
 * that address (not the address's count, which a guesser with one account of their own could
 * otherwise reset); counts are forgotten some time after their last failure.
 *
 * <p>Each failure up to a lockout is recorded as LOGIN_FAILED, and each lockout once, as
 * LOCKED_OUT and in the log at WARN; attempts while locked out are refused before any check and
 * recorded nowhere, so a brute force writes a bounded number of rows. Kept in memory: a restart
 * forgives, which is acceptable for a delay.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Counts kept at most; beyond it, those no longer locked out are dropped (an attacker's many addresses must not fill memory). */
    private static final int MAX_COUNTS = 100_000;

    private final int failuresPerUser;
    private final int failuresPerAddress;
    private final Duration longestDelay;
    private final SecurityEvents events;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${svyaz.login.failures-before-delay}") int failuresPerUser,
            @Value("${svyaz.login.failures-per-address}") int failuresPerAddress,
            @Value("${svyaz.login.longest-delay}") Duration longestDelay, SecurityEvents events) {
        this.failuresPerUser = failuresPerUser;
        this.failuresPerAddress = failuresPerAddress;
        this.longestDelay = longestDelay;
        this.events = events;
    }

    /** Whether a log-in of the user name from the address must wait; asked before the password is checked. */
    boolean mustWait(String userName, String address) {
        Instant now = Instant.now();
        return lockedOut(addressKey(address), now) || lockedOut(userKey(userName, address), now);
    }

    void failed(String userName, String address) {
        Instant now = Instant.now();
        boolean userLocked = count(userKey(userName, address), failuresPerUser, now);
        boolean addressLocked = count(addressKey(address), failuresPerAddress, now);
        if (userLocked || addressLocked) {
            log.warn("Log-ins locked out for a while after repeated failures: {} from {}",
                    addressLocked ? "every user name" : "user name '" + printable(userName) + "'", printable(address));
            events.record(SecurityEventKind.LOCKED_OUT, userName, address);
        } else {
            events.record(SecurityEventKind.LOGIN_FAILED, userName, address);
        }
    }

    void succeeded(String userName, String address) {
        failures.remove(userKey(userName, address));
    }

    void forgetAll() {
        failures.clear();
    }

    private boolean lockedOut(String key, Instant now) {
        Failures found = failures.get(key);
        return found != null && found.blockedUntil().isAfter(now);
    }

    /** Counts one failure; true when it locks the key out. */
    private boolean count(String key, int allowed, Instant now) {
        if (failures.size() >= MAX_COUNTS) {
            failures.values().removeIf(entry -> !entry.blockedUntil().isAfter(now));
        }
        Failures counted = failures.compute(key, (name, previous) -> {
            int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count, allowed)));
        });
        return counted.blockedUntil().isAfter(now);
    }

    private Duration delayAfter(int count, int allowed) {
        int beyond = count - allowed;
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(beyond, 20));
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }

    private static String userKey(String userName, String address) {
        return "user:" + address + ' ' + userName;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** What an attacker typed, safe for one log line. */
    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    private record Failures(int count, Instant last, Instant blockedUntil) {
    }
}
