package org.svyaz.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.audit.AuditFilter;
import org.svyaz.audit.AuditKind;
import org.svyaz.audit.AuditLog;
import org.svyaz.audit.AuditPage;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.Permission;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/** The audit log's pages (administrators): the whole log with filters, and one contact's changes. */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 100;
    /** The entities the journal knows, for the filter's choices. */
    private static final List<String> ENTITIES = List.of("contact", "note", "history", "document", "activity", "activitySeries",
            "group", "savedLookup", "series", "seriesStep", "seriesRun", "user", "apiToken", "customField", "contactStatus",
            "activityType", "calendarGrant", "taskListFilter", "team");

    private final AuditLog audit;
    private final AuditParameters parameters;
    private final ContactManagement contacts;
    private final UserManagement users;

    AuditController(AuditLog audit, AuditParameters parameters, ContactManagement contacts, UserManagement users) {
        this.audit = audit;
        this.parameters = parameters;
        this.contacts = contacts;
        this.users = users;
    }

    @GetMapping("/admin/audit")
    String log(@RequestParam(required = false) String user, @RequestParam(required = false) String entity,
            @RequestParam(required = false) String recordId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String after, Model model) {
        requireAdministrator();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("user", user);
        filters.put("entity", entity);
        filters.put("recordId", recordId);
        filters.put("kind", kind);
        filters.put("from", from);
        filters.put("to", to);
        model.addAttribute("filters", filters);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("entities", ENTITIES);
        model.addAttribute("userNames", users.all().stream().map(User::userName).sorted().toList());
        try {
            AuditFilter filter = parameters.filter(user, entity, recordId, kind, from, to);
            showPage(model, audit.page(filter, after, PAGE_SIZE));
            model.addAttribute("errors", Map.of());
        } catch (InvalidInput invalid) {
            showPage(model, new AuditPage(0, List.of(), null));
            model.addAttribute("errors", invalid.fieldErrors());
        }
        return "audit/log";
    }

    /** A contact's changes, its notes', history's and documents' among them. */
    @GetMapping("/contacts/{id}/audit")
    String contact(@PathVariable UUID id, @RequestParam(required = false) String after, Model model) {
        requireAdministrator();
        Contact contact = contacts.get(id);
        model.addAttribute("contact", contact);
        showPage(model, audit.page(AuditFilter.aboutRecord(id), after, PAGE_SIZE));
        return "audit/contact";
    }

    private static void showPage(Model model, AuditPage page) {
        model.addAttribute("entries", page.entries());
        model.addAttribute("total", page.total());
        model.addAttribute("next", page.next());
    }

    private void requireAdministrator() {
        if (!users.current().may(Permission.VIEW_AUDIT)) {
            throw NotPermitted.forRole();
        }
    }
}
