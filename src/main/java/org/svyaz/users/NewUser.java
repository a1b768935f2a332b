package org.svyaz.users;

import java.time.ZoneId;

/**
 * What an administrator enters for a new user. Language may be null (English then); time zone
 * may be null (the server's then, following it when it changes). {@code mustChangePassword}: the
 * user must choose a new password at the first log-in (for passwords others know, such as the
 * demo users').
 */
public record NewUser(String userName, String password, String fullName, Role role, Language language, ZoneId timeZone,
        boolean mustChangePassword) {

    public NewUser(String userName, String password, String fullName, Role role, Language language, ZoneId timeZone) {
        this(userName, password, fullName, role, language, timeZone, false);
    }

    public NewUser(String userName, String password, String fullName, Role role, Language language) {
        this(userName, password, fullName, role, language, null);
    }
}
