package org.svyaz.users;

import java.util.UUID;

/** Published, inside the creating transaction, when a user has been created. */
public record UserCreated(UUID userId, String userName, String fullName) {
}
