package org.svyaz.users;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.internal.CurrentUserLookup;
import org.svyaz.users.internal.SecurityEvents;

/**
 * The security events of the audit log (log-ins, failed log-ins, lockouts, password changes,
 * exports): every module that lets a user take records out of the CRM in a file says so here,
 * and the audit log reads them back. Changes to records are in the change journal instead.
 */
@Service
public class AuditTrail {

    private static final int DETAIL_LENGTH = 200;

    private final SecurityEvents events;
    private final CurrentUserLookup currentUser;

    AuditTrail(SecurityEvents events, CurrentUserLookup currentUser) {
        this.events = events;
        this.currentUser = currentUser;
    }

    /**
     * Records that the current user exported records, from the current request's address.
     *
     * @param entity the entity exported (e.g. {@code activity}, {@code contact})
     * @param recordId the one record whose data was exported (a contact's activities), or null
     * @param detail what file was made, e.g. {@code calendar.ics}; cut to 200 characters
     */
    public void exported(String entity, UUID recordId, String detail) {
        String userName = currentUser.current().map(CurrentUser::userName).orElse("");
        events.recordExportHere(userName, entity, recordId, detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH));
    }

    /**
     * The events the filter selects, newest first, at most {@code limit} (administrators only).
     *
     * @param after only events after this one in that order, or null for the newest
     */
    public List<SecurityEvent> events(SecurityEventFilter filter, SecurityEventPosition after, int limit) {
        requireAdministrator();
        return events.page(filter, after, limit);
    }

    /** How many events the filter selects (administrators only). */
    public long count(SecurityEventFilter filter) {
        requireAdministrator();
        return events.count(filter);
    }

    private void requireAdministrator() {
        if (!currentUser.current().map(me -> me.may(Permission.VIEW_AUDIT)).orElse(false)) {
            throw NotPermitted.forRole();
        }
    }
}
