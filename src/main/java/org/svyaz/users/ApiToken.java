package org.svyaz.users;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal API token as its owner sees it in lists (the secret itself is shown only once). */
public record ApiToken(UUID id, String name, OffsetDateTime createdAt) {
}
