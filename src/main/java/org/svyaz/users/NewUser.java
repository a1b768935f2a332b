package org.svyaz.users;

/** What an administrator enters for a new user. Language may be null (English then). */
public record NewUser(String userName, String password, String fullName, Role role, Language language) {
}
