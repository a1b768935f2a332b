package org.svyaz.users;

import java.time.Instant;
import java.util.UUID;

/**
 * One security event as the audit log shows it.
 *
 * @param userName the user name as typed (a failed log-in's may be no user's)
 * @param address the client's address as the server saw it, or null
 * @param entity for an export, the entity exported, else null
 * @param recordId for an export of one record's data (a contact's activities), that record, else null
 * @param detail for an export, what file was made, else null
 */
public record SecurityEvent(UUID id, Instant at, SecurityEventKind kind, String userName, String address, String entity,
        UUID recordId, String detail) {
}
