package org.svyaz.lookups.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.lookups.BuiltInLookup;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.CurrentLookup;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.ContactListColumns;
import org.svyaz.lookups.ContactPage;
import org.svyaz.lookups.ContactSort;
import org.svyaz.lookups.ContactTags;
import org.svyaz.lookups.LookupDefinition;
import org.svyaz.lookups.SavedLookups;
import org.svyaz.lookups.internal.LookupFields;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordNotFound;
import org.svyaz.users.UserManagement;

/**
 * The Contact List of the current lookup (SPEC L1-L7): sorting, the lookup and sort dialogs,
 * built-in lookups, tag mode, and Previous/Next of the contact window through the lookup.
 */
@Controller
class ContactListController {

    private final ContactList list;
    private final ContactTags tags;
    private final SavedLookups savedLookups;
    private final ContactManagement contacts;
    private final ContactStatuses statuses;
    private final LookupFields fields;
    private final LookupDescriptions descriptions;
    private final UserManagement users;
    private final ContactListColumns columns;
    private final ListCells cells;

    ContactListController(ContactList list, ContactTags tags, SavedLookups savedLookups, ContactManagement contacts,
            ContactStatuses statuses, LookupFields fields, LookupDescriptions descriptions, UserManagement users,
            ContactListColumns columns, ListCells cells) {
        this.columns = columns;
        this.cells = cells;
        this.list = list;
        this.tags = tags;
        this.savedLookups = savedLookups;
        this.contacts = contacts;
        this.statuses = statuses;
        this.fields = fields;
        this.descriptions = descriptions;
        this.users = users;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/contacts";
    }

    /**
     * The list; a sort chosen by a header or the sort dialog stays with the lookup. {@code jump}
     * is what the user typed of a company (type-ahead): the page starts at the first such contact.
     */
    @GetMapping("/contacts")
    String list(@RequestParam(required = false) List<String> sort, @RequestParam(required = false) String after,
            @RequestParam(required = false) String before, @RequestParam(required = false) String jump, HttpSession session,
            Model model) {
        LookupDefinition lookup = CurrentLookup.of(session);
        if (sort != null) {
            lookup = lookup.withSort(ContactSort.parse(sort));
            CurrentLookup.set(session, lookup);
        }
        // a custom field removed since the user sorted by it no longer orders the list
        ContactSort order = lookup.contactSort().keeping(key -> key.column().isPresent() || fields.customField(key.field()).isPresent());
        ContactFilter filter = lookup.filter();
        Optional<ContactPage> jumped = jump == null ? Optional.empty()
                : list.pageFromCompany(filter, order, jump, ContactList.DEFAULT_PAGE_SIZE)
                        .filter(found -> !found.items().isEmpty());
        ContactPage page = jumped.orElseGet(() -> list.page(filter, order, after, before, ContactList.DEFAULT_PAGE_SIZE));
        model.addAttribute("jumpedTo", jumped.map(found -> found.items().get(0).id()).orElse(null));
        model.addAttribute("jumpMissed", jump != null && jumped.isEmpty() ? jump : null);
        Map<String, String> statusNames = statusNames();
        List<String> shown = columns.chosen();
        model.addAttribute("page", page);
        model.addAttribute("sort", order);
        model.addAttribute("columns", shown);
        model.addAttribute("cells", cells.of(page.items(), shown, statusNames, users.current().language().locale()));
        model.addAttribute("columnChoices", columnChoices(shown));
        model.addAttribute("lookupDescription", descriptions.describe(lookup.filter()));
        model.addAttribute("allContacts", lookup.filter() instanceof ContactFilter.Everyone);
        model.addAttribute("sortDescription", descriptions.describe(order));
        model.addAttribute("tagged", tags.taggedAmong(page.items().stream().map(Contact::id).toList()));
        model.addAttribute("taggedCount", tags.count());
        model.addAttribute("fieldNames", fields.names());
        model.addAttribute("fieldLabels", fieldLabels());
        model.addAttribute("operators", descriptions.operators());
        model.addAttribute("sortColumns", labelled(columns.available()));
        model.addAttribute("savedLookups", savedLookups.available());
        model.addAttribute("me", users.current());
        return "lookups/list";
    }

    @GetMapping("/contacts/lookups/{name}")
    String builtIn(@PathVariable String name, HttpSession session) {
        BuiltInLookup lookup = BuiltInLookup.ofApiName(name).orElseThrow(() -> new RecordNotFound("error.pageNotFound"));
        CurrentLookup.set(session, CurrentLookup.of(session).withFilter(lookup.filterFor(users.current())));
        if (lookup == BuiltInLookup.MY_RECORD) {
            return contacts.myRecordId(users.current().id()).map(id -> "redirect:/contacts/" + id).orElse("redirect:/contacts");
        }
        return "redirect:/contacts";
    }

    /** The lookup dialog: replace, widen or narrow the current lookup. */
    @PostMapping("/contacts/lookup")
    String lookup(@ModelAttribute LookupForm form, HttpSession session, RedirectAttributes redirect) {
        LookupDefinition current = CurrentLookup.of(session);
        try {
            ContactFilter filter = form.combinedWith(current.filter());
            list.check(filter);
            CurrentLookup.set(session, current.withFilter(filter));
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("lookupErrors", invalid.fieldErrors());
        }
        return "redirect:/contacts";
    }

    @PostMapping("/contacts/lookup/tagged")
    String lookupTagged(HttpSession session) {
        LookupDefinition current = CurrentLookup.of(session);
        CurrentLookup.set(session, current.withFilter(tags.lookupTagged(current.filter())));
        return "redirect:/contacts";
    }

    @PostMapping("/contacts/lookup/omit-tagged")
    String omitTagged(HttpSession session) {
        LookupDefinition current = CurrentLookup.of(session);
        CurrentLookup.set(session, current.withFilter(tags.omitTagged(current.filter())));
        return "redirect:/contacts";
    }

    @PostMapping("/contacts/tags/all")
    String tagAll(HttpSession session, RedirectAttributes redirect) {
        redirect.addFlashAttribute("taggedNow", tags.tagAll(CurrentLookup.of(session).filter()));
        return "redirect:/contacts";
    }

    @PostMapping("/contacts/tags/none")
    String untagAll() {
        tags.untagAll();
        return "redirect:/contacts";
    }

    /** Tags or untags one row (htmx): answers the row's checkbox in its new state. */
    @PostMapping("/contacts/{id}/tag")
    String toggleTag(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean tagged, Model model) {
        if (tagged) {
            tags.tag(id);
        } else {
            tags.untag(id);
        }
        model.addAttribute("contactId", id);
        model.addAttribute("isTagged", tagged);
        model.addAttribute("taggedCount", tags.count());
        return "lookups/list :: tagToggleResponse";
    }

    @GetMapping("/contacts/{id}/previous")
    String previous(@PathVariable UUID id, HttpSession session, RedirectAttributes redirect) {
        return neighbour(id, false, session, redirect);
    }

    @GetMapping("/contacts/{id}/next")
    String next(@PathVariable UUID id, HttpSession session, RedirectAttributes redirect) {
        return neighbour(id, true, session, redirect);
    }

    private String neighbour(UUID id, boolean following, HttpSession session, RedirectAttributes redirect) {
        contacts.get(id);
        LookupDefinition lookup = CurrentLookup.of(session);
        Optional<UUID> neighbour = list.neighbour(lookup.filter(), id, lookup.contactSort(), following);
        if (neighbour.isEmpty()) {
            redirect.addFlashAttribute("endOfList", following ? "last" : "first");
            return "redirect:/contacts/" + id;
        }
        return "redirect:/contacts/" + neighbour.get();
    }

    private Map<String, String> statusNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        statuses.all().forEach(status -> names.put(status.code(), status.name(users.current().language().locale())));
        return names;
    }

    /** The Columns dialog's rows: the shown columns in their order, then the others. */
    private Map<String, String> columnChoices(List<String> shown) {
        Map<String, String> choices = labelled(shown);
        choices.putAll(labelled(columns.available().stream().filter(column -> !shown.contains(column)).toList()));
        return choices;
    }

    private Map<String, String> labelled(List<String> names) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        names.forEach(name -> labels.put(name, descriptions.fieldLabel(name)));
        return labels;
    }

    private Map<String, String> fieldLabels() {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        fields.names().forEach(name -> labels.put(name, descriptions.fieldLabel(name)));
        return labels;
    }
}
