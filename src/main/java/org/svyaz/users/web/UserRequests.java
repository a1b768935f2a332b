package org.svyaz.users.web;

import org.svyaz.users.Role;

/** The bodies of the users API. */
final class UserRequests {

    private UserRequests() {
    }

    /** A new user; {@code language} is "en" or "ru", {@code timeZone} an IANA name (null: the server's). */
    record NewUserRequest(String userName, String password, String fullName, Role role, String language, String timeZone) {
    }

    /** Changes to a user; a null property stays as it is. */
    record UserChangeRequest(String fullName, Role role, String language, String timeZone, Boolean enabled, Long version) {
    }

    record PasswordReset(String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record ProfileChange(String fullName, String language, String timeZone) {
    }

    record TokenRequest(String name) {
    }
}
