package org.svyaz.users;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A user of this database, as administrators and the API see it (never the password).
 *
 * @param timeZone the zone the user lives in: their own choice, else the server's
 */
public record User(
        UUID id,
        String userName,
        String fullName,
        Role role,
        Language language,
        ZoneId timeZone,
        boolean enabled,
        OffsetDateTime createdAt,
        long version) {
}
