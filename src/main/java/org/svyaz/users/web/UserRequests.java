package org.svyaz.users.web;

import org.svyaz.users.Role;

/** The bodies of the users API. */
final class UserRequests {

    private UserRequests() {
    }

    /** A new user; {@code language} is "en" or "ru". */
    record NewUserRequest(String userName, String password, String fullName, Role role, String language) {
    }

    /** Changes to a user; a null property stays as it is. */
    record UserChangeRequest(String fullName, Role role, String language, Boolean enabled, Long version) {
    }

    record PasswordReset(String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record ProfileChange(String fullName, String language) {
    }

    record TokenRequest(String name) {
    }
}
