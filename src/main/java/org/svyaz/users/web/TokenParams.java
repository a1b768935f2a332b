package org.svyaz.users.web;

import java.util.Locale;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.ApiTokenScope;
import org.svyaz.users.UserManagement;

/** Reads the scope and the days of a new API token as a client sends them; blank is the default. */
final class TokenParams {

    private TokenParams() {
    }

    static ApiTokenScope scope(String scope) {
        if (scope == null || scope.isBlank()) {
            return null;
        }
        try {
            return ApiTokenScope.valueOf(scope.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInput.of("scope", "error.apiToken.scope");
        }
    }

    static Integer days(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.trim());
        } catch (NumberFormatException notANumber) {
            throw InvalidInput.of("expiresInDays", "error.apiToken.expiresInDays", UserManagement.MAX_TOKEN_DAYS);
        }
    }
}
