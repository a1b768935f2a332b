package org.svyaz.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries of the audit log to show; every part may be null, meaning any.
 *
 * @param userName who did it
 * @param recordId the record and what belongs to it (a contact's notes, documents)
 * @param from the earliest instant, inclusive
 * @param until the latest instant, exclusive
 */
public record AuditFilter(String userName, String entity, UUID recordId, AuditKind kind, Instant from, Instant until) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter aboutRecord(UUID recordId) {
        return new AuditFilter(null, null, recordId, null, null, null);
    }
}
