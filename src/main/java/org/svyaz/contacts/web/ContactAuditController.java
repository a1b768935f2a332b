package org.svyaz.contacts.web;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.journal.Journal;
import org.svyaz.journal.JournalEntry;
import org.svyaz.users.Permission;
import org.svyaz.users.Permissions;
import org.svyaz.users.UserManagement;

/** Who changed what on a contact, its notes and documents, from the change journal (administrators). */
@Controller
class ContactAuditController {

    private static final int PAGE_SIZE = 100;

    private final ContactManagement contacts;
    private final Journal journal;
    private final UserManagement users;
    private final Permissions permissions;

    ContactAuditController(ContactManagement contacts, Journal journal, UserManagement users, Permissions permissions) {
        this.permissions = permissions;
        this.contacts = contacts;
        this.journal = journal;
        this.users = users;
    }

    @GetMapping("/contacts/{id}/audit")
    String audit(@PathVariable UUID id, @RequestParam(required = false) Long before, Model model) {
        permissions.require(Permission.VIEW_AUDIT);
        Contact contact = contacts.get(id);
        List<JournalEntry> entries = journal.entriesAbout(id, before, PAGE_SIZE);
        Set<UUID> userIds = new HashSet<>();
        entries.stream().map(JournalEntry::userId).filter(Objects::nonNull).forEach(userIds::add);
        model.addAttribute("contact", contact);
        model.addAttribute("entries", entries);
        model.addAttribute("userNames", users.userNames(userIds));
        model.addAttribute("older", entries.size() == PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
        return "contacts/audit";
    }
}
