package org.svyaz.audit;

import java.util.EnumSet;
import java.util.Set;
import org.svyaz.journal.JournalOperation;
import org.svyaz.users.SecurityEventKind;

/** What an audit log entry tells: a change from the journal, or a security event. */
public enum AuditKind {
    /** A record came into being. */
    CREATED(EnumSet.of(JournalOperation.CREATE), null),
    /** Fields or memberships of a record changed (other than a user's role). */
    CHANGED(EnumSet.of(JournalOperation.SET, JournalOperation.LINK, JournalOperation.UNLINK), null),
    /** A record was deleted. */
    DELETED(EnumSet.of(JournalOperation.DELETE), null),
    /** A user's role, and with it their permissions, changed. */
    ROLE_CHANGED(EnumSet.of(JournalOperation.SET), null),
    LOGIN(Set.of(), SecurityEventKind.LOGIN),
    LOGIN_FAILED(Set.of(), SecurityEventKind.LOGIN_FAILED),
    LOCKED_OUT(Set.of(), SecurityEventKind.LOCKED_OUT),
    PASSWORD_CHANGED(Set.of(), SecurityEventKind.PASSWORD_CHANGED),
    PASSWORD_RESET(Set.of(), SecurityEventKind.PASSWORD_RESET),
    /** Records taken out of the CRM in a file (a calendar, a contact list, a mail merge). */
    EXPORTED(Set.of(), SecurityEventKind.EXPORTED);

    /** The journal's entity and field of a user's role. */
    static final String USER_ENTITY = "user";
    static final String ROLE_FIELD = "userRole";

    private final Set<JournalOperation> operations;
    private final SecurityEventKind securityKind;

    AuditKind(Set<JournalOperation> operations, SecurityEventKind securityKind) {
        this.operations = operations;
        this.securityKind = securityKind;
    }

    /** Whether entries of this kind come from the change journal (else from the security events). */
    public boolean isChange() {
        return securityKind == null;
    }

    Set<JournalOperation> operations() {
        return operations;
    }

    SecurityEventKind securityKind() {
        return securityKind;
    }

    static AuditKind of(SecurityEventKind kind) {
        for (AuditKind candidate : values()) {
            if (candidate.securityKind == kind) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("No audit kind for " + kind);
    }

    static AuditKind ofChange(String entity, String field, JournalOperation operation) {
        if (operation == JournalOperation.SET && USER_ENTITY.equals(entity) && ROLE_FIELD.equals(field)) {
            return ROLE_CHANGED;
        }
        return switch (operation) {
            case CREATE -> CREATED;
            case DELETE -> DELETED;
            case SET, LINK, UNLINK -> CHANGED;
        };
    }
}
