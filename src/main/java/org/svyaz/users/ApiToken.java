package org.svyaz.users;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in lists (the secret itself is shown only once).
 *
 * @param expiresAt after this the token is refused (401)
 * @param lastUsedAt when it last authenticated a call, to the minute; null when never
 */
public record ApiToken(UUID id, String name, ApiTokenScope scope, OffsetDateTime createdAt, OffsetDateTime expiresAt,
        OffsetDateTime lastUsedAt) {
}
