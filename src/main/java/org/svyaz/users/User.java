package org.svyaz.users;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user of this database, as administrators and the API see it (never the password). */
public record User(
        UUID id,
        String userName,
        String fullName,
        Role role,
        Language language,
        boolean enabled,
        OffsetDateTime createdAt,
        long version) {
}
