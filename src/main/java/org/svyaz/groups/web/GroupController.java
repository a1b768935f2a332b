package org.svyaz.groups.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.shell.FieldErrors;
import org.svyaz.contacts.Contact;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupDuplicateMode;
import org.svyaz.groups.GroupFields;
import org.svyaz.groups.GroupLookup;
import org.svyaz.groups.GroupManagement;
import org.svyaz.groups.GroupMembers;
import org.svyaz.groups.MemberRemoval;
import org.svyaz.groups.Membership;
import org.svyaz.groups.RuleApplied;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;
import org.svyaz.lookups.ContactPage;
import org.svyaz.lookups.ContactSort;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.CurrentLookup;
import org.svyaz.lookups.LookupDefinition;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.UserManagement;

/**
 * The groups window (SPEC G1–G7): the tree on the left, the selected group's fields above and
 * its tabs below (Contacts, Membership rule, Notes/History, Documents), changed in place.
 */
@Controller
class GroupController {

    private static final String LOOKUP_ATTRIBUTE = GroupController.class.getName() + ".lookup";
    private static final int PAGE_SIZE = 50;

    private final GroupManagement groups;
    private final GroupMembers members;
    private final ContactList contacts;
    private final CustomFieldManagement customFields;
    private final UserManagement users;
    private final MessageSource messages;
    private final AccessGrants grants;

    GroupController(GroupManagement groups, GroupMembers members, ContactList contacts, CustomFieldManagement customFields,
            UserManagement users, MessageSource messages, AccessGrants grants) {
        this.grants = grants;
        this.groups = groups;
        this.members = members;
        this.contacts = contacts;
        this.customFields = customFields;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/groups")
    String window(HttpSession session, Model model) {
        return window(null, session, model);
    }

    @GetMapping("/groups/{id}")
    String group(@PathVariable UUID id, HttpSession session, Model model) {
        return window(groups.get(id), session, model);
    }

    private String window(Group selected, HttpSession session, Model model) {
        model.addAttribute("tree", groups.tree());
        model.addAttribute("selected", selected);
        if (session.getAttribute(LOOKUP_ATTRIBUTE) instanceof CurrentGroupLookup current) {
            model.addAttribute("groupLookup", current.description());
            model.addAttribute("groupLookupResults", groups.lookup(current.lookup()));
        }
        model.addAttribute("lookupFields", groupFieldLabels());
        model.addAttribute("operators", operators());
        model.addAttribute("allGroups", groups.lookup(new GroupLookup(List.of(), null, null)));
        model.addAttribute("customFields", customFields.fieldsOf(GroupManagement.ENTITY));
        model.addAttribute("me", users.current());
        if (selected != null) {
            model.addAttribute("path", groups.ancestors(selected.id()));
            model.addAttribute("mayChangeAccess", groups.mayChangeAccess(selected));
            Set<UUID> subtree = Set.copyOf(groups.subtreeOf(selected.id()));
            model.addAttribute("subtreeSize", subtree.size() - 1);
            model.addAttribute("parentChoices", groups.lookup(new GroupLookup(List.of(), null, null)).stream()
                    .filter(group -> !subtree.contains(group.id())).toList());
        }
        return "groups/window";
    }

    @PostMapping("/groups")
    String create(@RequestParam String name, @RequestParam(required = false) UUID parentId, RedirectAttributes redirect) {
        Group created = groups.create(new GroupFields(name, "", "", "", "", "", parentId, Map.of()));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/groups/" + created.id();
    }

    @PostMapping("/groups/{id}")
    String save(@PathVariable UUID id, @RequestParam Map<String, String> form, @RequestParam long version,
            @RequestParam(required = false) String access, @RequestParam(required = false) List<UUID> accessTeams,
            @RequestParam(required = false) List<UUID> accessUsers, RedirectAttributes redirect) {
        Map<String, Object> custom = new LinkedHashMap<>();
        customFields.fieldsOf(GroupManagement.ENTITY).forEach(field -> custom.put(field.name(), form.get("custom." + field.name())));
        String parent = form.getOrDefault("parentId", "");
        FieldErrors errors = new FieldErrors();
        RecordAccess chosen = grants.fromForm(access, accessTeams, accessUsers, groups.get(id).access(), errors);
        errors.throwIfAny();
        groups.update(id, new GroupFields(form.get("name"), form.get("description"), form.get("phone"), form.get("address"),
                form.get("city"), form.get("website"), parent.isBlank() ? null : parseId(parent), custom, null, chosen), version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/groups/" + id;
    }

    @PostMapping("/groups/{id}/delete")
    String delete(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        Group group = groups.get(id);
        int deleted = groups.delete(id, version).size();
        redirect.addFlashAttribute("deleted", group.name());
        redirect.addFlashAttribute("deletedCount", deleted);
        return group.parentId() == null ? "redirect:/groups" : "redirect:/groups/" + group.parentId();
    }

    @PostMapping("/groups/{id}/duplicate")
    String duplicate(@PathVariable UUID id, @RequestParam String fields, @RequestParam(required = false) String name) {
        GroupDuplicateMode mode = "all".equals(fields) ? GroupDuplicateMode.ALL : GroupDuplicateMode.PRIMARY;
        return "redirect:/groups/" + groups.duplicate(id, mode, name).id();
    }

    /** Group lookup: the groups that meet it replace the tree until the user shows all groups again. */
    @GetMapping("/groups/lookup")
    String lookup(@RequestParam(defaultValue = "") String field, @RequestParam(defaultValue = "") String op,
            @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String keyword, HttpSession session) {
        List<Criterion> criteria = new ArrayList<>();
        if (!field.isBlank()) {
            Operator operator = Operator.ofApiName(op).orElseThrow(() -> InvalidInput.of("criteria[0]", "error.lookup.operator"));
            criteria.add(new Criterion(field, operator, operator.takesValue() ? value : null));
        }
        GroupLookup lookup = new GroupLookup(criteria, Match.ALL, keyword.isBlank() ? null : keyword);
        List<Group> found = groups.lookup(lookup);
        session.setAttribute(LOOKUP_ATTRIBUTE, new CurrentGroupLookup(describe(lookup), lookup));
        return found.size() == 1 ? "redirect:/groups/" + found.get(0).id() : "redirect:/groups";
    }

    @PostMapping("/groups/lookup/clear")
    String clearLookup(HttpSession session) {
        session.removeAttribute(LOOKUP_ATTRIBUTE);
        return "redirect:/groups";
    }

    /** Makes the group's contacts the current contact lookup and opens the contact list. */
    @PostMapping("/groups/{id}/contacts-lookup")
    String contactsLookup(@PathVariable UUID id, HttpSession session) {
        CurrentLookup.set(session, new LookupDefinition(members.lookupOf(id), List.of()));
        return "redirect:/contacts";
    }

    @GetMapping("/groups/{id}/members")
    String membersTab(@PathVariable UUID id, @RequestParam(required = false) String after, Model model) {
        Group group = groups.get(id);
        ContactPage page = contacts.page(members.lookupOf(id), ContactSort.DEFAULT, after, null, PAGE_SIZE);
        model.addAttribute("group", group);
        model.addAttribute("page", page);
        model.addAttribute("memberships", members.memberships(id, page.items().stream().map(Contact::id).toList()));
        model.addAttribute("me", users.current());
        return after == null ? "groups/members :: tab" : "groups/members :: rows";
    }

    /** The Add/Remove dialog's search: contacts by keyword, each marked if already a member. */
    @GetMapping("/groups/{id}/member-search")
    String memberSearch(@PathVariable UUID id, @RequestParam(defaultValue = "") String q, Model model) {
        List<Contact> found = q.isBlank() ? List.of()
                : contacts.page(new ContactFilter.Keyword(q), ContactSort.DEFAULT, null, null, 20).items();
        model.addAttribute("group", groups.get(id));
        model.addAttribute("found", found);
        model.addAttribute("memberships", members.memberships(id, found.stream().map(Contact::id).toList()));
        return "groups/members :: searchResults";
    }

    @PostMapping("/groups/{id}/members")
    String addMembers(@PathVariable UUID id, @RequestParam(name = "contactId", required = false) List<UUID> contactIds, Model model) {
        if (contactIds == null || contactIds.isEmpty()) {
            throw InvalidInput.of("contactId", "error.group.chooseContacts");
        }
        model.addAttribute("added", members.add(id, contactIds));
        return membersTab(id, null, model);
    }

    @PostMapping("/groups/{id}/members/{contactId}/remove")
    String removeMember(@PathVariable UUID id, @PathVariable UUID contactId, Model model) {
        MemberRemoval removal = members.remove(id, contactId);
        model.addAttribute("removal", removal);
        return membersTab(id, null, model);
    }

    @GetMapping("/groups/{id}/rule")
    String ruleTab(@PathVariable UUID id, Model model) {
        Group group = groups.get(id);
        model.addAttribute("group", group);
        model.addAttribute("fieldNames", contacts.fieldNames());
        model.addAttribute("fieldLabels", contactFieldLabels());
        model.addAttribute("operators", operators());
        model.addAttribute("me", users.current());
        return "groups/rule :: tab";
    }

    /** The Group Membership wizard's criteria: rows of field, operator and value, matched all or any. */
    @PostMapping("/groups/{id}/rule")
    String saveRule(@PathVariable UUID id, @RequestParam(name = "field", required = false) List<String> fields,
            @RequestParam(name = "op", required = false) List<String> ops, @RequestParam(name = "value", required = false) List<String> values,
            @RequestParam(defaultValue = "all") String match, @RequestParam long version, Model model) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; fields != null && i < fields.size(); i++) {
            if (fields.get(i) == null || fields.get(i).isBlank()) {
                continue;
            }
            String opName = ops != null && i < ops.size() ? ops.get(i) : "";
            Operator operator = Operator.ofApiName(opName).orElse(null);
            String value = values != null && i < values.size() ? values.get(i) : null;
            criteria.add(new Criterion(fields.get(i), operator, operator != null && operator.takesValue() ? value : null));
        }
        if (criteria.isEmpty()) {
            throw InvalidInput.of("criteria", "error.lookup.noCriteria");
        }
        RuleApplied applied = members.setRule(id, new ContactFilter.Criteria(criteria, "any".equals(match) ? Match.ANY : Match.ALL), version);
        model.addAttribute("applied", applied);
        return ruleTab(id, model);
    }

    @PostMapping("/groups/{id}/rule/apply")
    String applyRule(@PathVariable UUID id, Model model) {
        model.addAttribute("applied", members.applyRule(id));
        return ruleTab(id, model);
    }

    @PostMapping("/groups/{id}/rule/remove")
    String removeRule(@PathVariable UUID id, @RequestParam long version, Model model) {
        members.setRule(id, null, version);
        model.addAttribute("ruleRemoved", true);
        return ruleTab(id, model);
    }

    /** The contact window's Groups tab: the contact's groups, and adding it to another. */
    @GetMapping("/contacts/{contactId}/groups")
    String contactGroups(@PathVariable UUID contactId, Model model) {
        List<Membership> memberships = members.groupsOf(contactId);
        Set<UUID> in = memberships.stream().map(Membership::groupId).collect(Collectors.toSet());
        model.addAttribute("contactId", contactId);
        model.addAttribute("memberships", memberships);
        List<Group> all = groups.lookup(new GroupLookup(List.of(), null, null));
        model.addAttribute("otherGroups", all.stream().filter(group -> !in.contains(group.id()) && groups.mayChange(group)).toList());
        model.addAttribute("changeable", all.stream().filter(groups::mayChange).map(Group::id).collect(Collectors.toSet()));
        model.addAttribute("me", users.current());
        return "groups/contact-groups :: tab";
    }

    @PostMapping("/contacts/{contactId}/groups")
    String addContactToGroup(@PathVariable UUID contactId, @RequestParam UUID groupId, Model model) {
        members.add(groupId, List.of(contactId));
        return contactGroups(contactId, model);
    }

    @PostMapping("/contacts/{contactId}/groups/{groupId}/remove")
    String removeContactFromGroup(@PathVariable UUID contactId, @PathVariable UUID groupId, Model model) {
        model.addAttribute("removal", members.remove(groupId, contactId));
        return contactGroups(contactId, model);
    }

    /** From the contact list: the tagged contacts or the whole current lookup, into a group. */
    @GetMapping("/groups/add-contacts")
    String addContactsForm(Model model) {
        model.addAttribute("allGroups", groups.lookup(new GroupLookup(List.of(), null, null)));
        return "groups/add-contacts";
    }

    @PostMapping("/groups/add-contacts")
    String addContacts(@RequestParam UUID groupId, @RequestParam String source, HttpSession session, RedirectAttributes redirect) {
        ContactFilter lookup = "tagged".equals(source) ? new ContactFilter.Tagged() : CurrentLookup.of(session).filter();
        redirect.addFlashAttribute("added", members.addAll(groupId, lookup));
        return "redirect:/groups/" + groupId;
    }

    /** The current group lookup (SPEC G6), kept in the session, and how to say what it is. */
    record CurrentGroupLookup(String description, GroupLookup lookup) {
    }

    private String describe(GroupLookup lookup) {
        List<String> parts = new ArrayList<>();
        lookup.criteria().forEach(criterion -> parts.add(text("group.field." + criterion.field(), criterion.field()) + " "
                + text("lookup.op." + criterion.operator().apiName(), null)
                + (criterion.operator().takesValue() ? " «" + criterion.value() + "»" : "")));
        if (lookup.keyword() != null) {
            parts.add(text("lookup.describe.keyword", null, lookup.keyword()));
        }
        return String.join("; ", parts);
    }

    private Map<String, String> groupFieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String field : List.of("name", "description", "phone", "address", "city", "website")) {
            labels.put(field, text("group.field." + field, field));
        }
        customFields.fieldsOf(GroupManagement.ENTITY).forEach(field -> labels.put(field.qualifiedName(), field.labelIn(LocaleContextHolder.getLocale())));
        return labels;
    }

    private Map<String, String> contactFieldLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> custom = customFields.fieldsOf("contact").stream()
                .collect(Collectors.toMap(CustomField::qualifiedName, field -> field.labelIn(LocaleContextHolder.getLocale())));
        contacts.fieldNames().forEach(name -> labels.put(name, custom.getOrDefault(name, text("field." + name, name))));
        return labels;
    }

    private static List<String> operators() {
        return Arrays.stream(Operator.values()).map(Operator::apiName).toList();
    }

    private String text(String key, String fallback, Object... arguments) {
        return messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
    }

    private static UUID parseId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("parentId", "error.badValue");
        }
    }
}
