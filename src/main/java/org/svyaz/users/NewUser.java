package org.svyaz.users;

import java.time.ZoneId;

/**
 * What an administrator enters for a new user. Language may be null (English then); time zone
 * may be null (the server's then, following it when it changes).
 */
public record NewUser(String userName, String password, String fullName, Role role, Language language, ZoneId timeZone) {

    public NewUser(String userName, String password, String fullName, Role role, Language language) {
        this(userName, password, fullName, role, language, null);
    }
}
