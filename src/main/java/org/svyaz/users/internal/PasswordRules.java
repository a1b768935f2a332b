package org.svyaz.users.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.svyaz.shell.FieldErrors;

/**
 * What a new password must be (OWASP ASVS 5.0, V6): long enough, not among the 10,000 most
 * common passwords (compared without case, as guessers try "Password" too), not the user name,
 * and at most 72 bytes in UTF-8, beyond which BCrypt would ignore the rest (or refuse).
 */
@Component
public class PasswordRules {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;
    private static final String COMMON = "/users/common-passwords.txt";

    private final Set<String> common = load();

    /** Adds at most one error for {@code field}: the first rule the password breaks. */
    public void check(FieldErrors errors, String field, String password, String userName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, "error.password.tooShort", MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add(field, "error.password.tooLong", MAX_BYTES);
        } else if (userName != null && password.trim().equalsIgnoreCase(userName.trim())) {
            errors.add(field, "error.password.userName");
        } else if (common.contains(password.toLowerCase(Locale.ROOT))) {
            errors.add(field, "error.password.common");
        }
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the build: " + COMMON);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
