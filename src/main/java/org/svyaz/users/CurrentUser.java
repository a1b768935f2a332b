package org.svyaz.users;

import java.time.ZoneId;
import java.util.UUID;

/** The user making the current request. */
public record CurrentUser(UUID id, String userName, String fullName, Role role, Language language, ZoneId timeZone) {

    public static CurrentUser of(User user) {
        return new CurrentUser(user.id(), user.userName(), user.fullName(), user.role(), user.language(), user.timeZone());
    }

    /** Whether the user's role has the permission; {@link Permissions} decides about records. */
    public boolean may(Permission permission) {
        return role.may(permission);
    }
}
