package org.svyaz.users.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.svyaz.shell.StorableText;

/**
 * Checks user names and passwords, for the log-in page and for HTTP Basic on the API. Failed
 * attempts are throttled per client address and per user name from an address ({@link LoginThrottle}). Because a BCrypt check costs tens of milliseconds and
 * an API client sends its password with every call, a successful check is remembered for a
 * few minutes (by a SHA-256 of the password, never the password) and forgotten when the
 * password changes.
 */
class PasswordAuthentication implements AuthenticationProvider {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 10_000;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    PasswordAuthentication(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String sent = attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase();
        // no user has a name with a NUL or half a character, and the databases could neither look it up nor record it as sent
        boolean impossibleName = !StorableText.isStorable(sent);
        String userName = impossibleName ? sent.replaceAll("[\\x00\\p{Cs}]", "\uFFFD") : sent;
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
        if (throttle.mustWait(userName, address)) {
            throw new LoginThrottled();
        }
        if (impossibleName) {
            throttle.failed(userName, address);
            throw new BadCredentialsException("No user has this name");
        }
        String key = userName + ':' + sha256(password);
        Remembered earlier = remembered.get(key);
        if (earlier != null && earlier.until().isAfter(Instant.now())) {
            return earlier.authentication();
        }
        try {
            Authentication authenticated = passwords.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(userName, password));
            throttle.succeeded(userName, address);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, new Remembered(authenticated, Instant.now().plus(REMEMBER_FOR)));
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(userName, address);
            throw e;
        }
    }

    void forgetAll() {
        remembered.clear();
    }

    void forget(String userName) {
        remembered.keySet().removeIf(key -> key.startsWith(userName + ':'));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private record Remembered(Authentication authentication, Instant until) {
    }
}
