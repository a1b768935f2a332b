package org.svyaz.users;

/** A token just made: {@code secret} is what goes after {@code Bearer}; it is never shown again. */
public record NewApiToken(ApiToken token, String secret) {
}
