package org.svyaz.users.web;

import java.time.Instant;
import java.util.UUID;
import org.svyaz.users.Role;
import org.svyaz.users.User;

/** A user as administrators see it over the API. */
record UserJson(UUID id, String userName, String fullName, Role role, String language, String timeZone, boolean enabled, UUID myRecordId,
        Instant createdAt, long version) {

    static UserJson of(User user, UUID myRecordId) {
        return new UserJson(user.id(), user.userName(), user.fullName(), user.role(), user.language().code(), user.timeZone().getId(), user.enabled(),
                myRecordId, user.createdAt().toInstant(), user.version());
    }
}
