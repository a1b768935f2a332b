package org.svyaz.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log.
 *
 * @param userName who did it: for a change the user's name (null: the system itself, or a user
 *     since removed), for a security event the name as typed
 * @param entity the kind of record changed or exported, or null
 * @param recordId the record changed (or the one record exported), or null
 * @param field the field changed ({@code *} for a whole record; {@code customFields.<name>} for a custom
 *     field's value, by its current name), or null for a security event
 * @param operation the journal's operation of a change (CREATE, SET, DELETE, LINK, UNLINK), or null
 * @param value the new value as journaled (JSON text; for a creation an object of all fields), or
 *     for an export what file was made; null when there is none or it is hidden
 * @param hidden whether a value exists that the viewer may not see: the record is one they may not
 *     see now, or was deleted since, or the value is a secret
 * @param address the client's address of a security event, or null
 * @param fieldLabel the field as a reader knows it: for a custom field's value its current label in
 *     the viewer's language (the journal names it by the field's id), else {@code field}
 */
public record AuditEntry(Instant at, AuditKind kind, String userName, String entity, UUID recordId, String field,
        String operation, String value, boolean hidden, String address, String fieldLabel) {
}
