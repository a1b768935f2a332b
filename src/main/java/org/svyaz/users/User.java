package org.svyaz.users;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A user of this database, as administrators and the API see it (never the password).
 *
 * @param timeZone the zone the user lives in: their own choice, else the server's
 * @param followsServerZone whether the user never chose a zone, and so follows the server's
 * @param mustChangePassword whether the user must choose a new password before doing anything else
 * @param credentialsChangedAt when the password last changed (sessions logged in before then are
 *        over), null when not since the user was made
 */
public record User(
        UUID id,
        String userName,
        String fullName,
        Role role,
        Language language,
        ZoneId timeZone,
        boolean followsServerZone,
        boolean enabled,
        OffsetDateTime createdAt,
        long version,
        boolean mustChangePassword,
        OffsetDateTime credentialsChangedAt) {
}
