package org.svyaz.users;

import java.util.UUID;

/** The user making the current request. */
public record CurrentUser(UUID id, String userName, String fullName, Role role, Language language) {

    public boolean isAdministrator() {
        return role.isAdministrator();
    }
}
