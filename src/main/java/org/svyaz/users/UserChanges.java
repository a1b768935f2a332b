package org.svyaz.users;

import java.time.ZoneId;

/** What an administrator may change of a user; a null field stays as it is. */
public record UserChanges(String fullName, Role role, Language language, ZoneId timeZone, Boolean enabled) {

    public UserChanges(String fullName, Role role, Language language, Boolean enabled) {
        this(fullName, role, language, null, enabled);
    }
}
