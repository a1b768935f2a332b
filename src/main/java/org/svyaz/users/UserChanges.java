package org.svyaz.users;

/** What an administrator may change of a user; a null field stays as it is. */
public record UserChanges(String fullName, Role role, Language language, Boolean enabled) {
}
