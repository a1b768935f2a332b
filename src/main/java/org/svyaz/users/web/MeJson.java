package org.svyaz.users.web;

import java.util.UUID;
import org.svyaz.users.Role;

/** {@code GET /api/v1/me}: the caller and their My Record. */
record MeJson(UUID id, String userName, String fullName, Role role, String language, String timeZone, UUID myRecordId) {
}
