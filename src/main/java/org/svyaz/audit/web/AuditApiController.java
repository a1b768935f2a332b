package org.svyaz.audit.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.audit.AuditLog;
import org.svyaz.audit.AuditPage;
import org.svyaz.shell.ListJson;

@RestController
class AuditApiController {

    private final AuditLog audit;
    private final AuditParameters parameters;

    AuditApiController(AuditLog audit, AuditParameters parameters) {
        this.audit = audit;
        this.parameters = parameters;
    }

    /** The audit log, newest first (administrators): changes, log-ins, failed log-ins, lockouts, role changes, exports. */
    @GetMapping("/api/v1/admin/audit")
    ListJson<AuditEntryJson> audit(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit, @RequestParam(required = false) String after) {
        AuditPage page = audit.page(parameters.filter(user, entity, recordId, kind, from, to), after, limit);
        return new ListJson<>(page.total(), page.entries().stream().map(AuditEntryJson::of).toList(), page.next());
    }
}
