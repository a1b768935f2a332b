package org.svyaz.audit.web;

import java.time.Instant;
import java.util.UUID;
import org.svyaz.audit.AuditEntry;

/** An audit log entry as the API shows it; {@code value} is null when {@code hidden}. */
record AuditEntryJson(Instant at, String kind, String user, String entity, UUID recordId, String field, String operation,
        String value, boolean hidden, String address) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(entry.at(), entry.kind().name(), entry.userName(), entry.entity(), entry.recordId(), entry.field(),
                entry.operation(), entry.value(), entry.hidden(), entry.address());
    }
}
