package org.svyaz.groups.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.svyaz.contacts.ContactJson;
import org.svyaz.contacts.ContactJsonWriter;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupDuplicateMode;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.AccessInput;
import org.svyaz.access.RecordAccess;
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
import org.svyaz.lookups.LookupCriteria;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.ListJson;

/** Groups over the REST API (API.md, "Groups"), with group lookups and a contact's groups. */
@RestController
@RequestMapping("/api/v1")
class GroupApiController {

    private static final List<String> TEXT_FIELDS = List.of("name", "description", "phone", "address", "city", "website");
    /** What a body may hold besides the texts: the other fields, and what a group read from here carries (ignored). */
    private static final Set<String> OTHER_PROPERTIES = Set.of("parentId", "customFields", "version", "id", "recordManagerId", "rule",
            "createdAt", "updatedAt", "access", "private", "accessTeams", "accessUsers");

    private final GroupManagement groups;
    private final GroupMembers members;
    private final ContactList contacts;
    private final ContactJsonWriter contactJson;
    private final ObjectMapper json;
    private final AccessGrants grants;

    GroupApiController(GroupManagement groups, GroupMembers members, ContactList contacts, ContactJsonWriter contactJson,
            ObjectMapper json, AccessGrants grants) {
        this.grants = grants;
        this.groups = groups;
        this.members = members;
        this.contacts = contacts;
        this.contactJson = contactJson;
        this.json = json;
    }

    @PostMapping("/groups")
    ResponseEntity<GroupJson> create(@RequestBody JsonNode body) {
        Group created = groups.create(read(body, new GroupFields(null, null, null, null, null, null, null, Map.of(), null,
                RecordAccess.PUBLIC)));
        return ResponseEntity.created(URI.create("/api/v1/groups/" + created.id())).body(toJson(created));
    }

    /** Every group, in name order; {@code parentId} says where each sits in the tree. */
    @GetMapping("/groups")
    ListJson<GroupJson> all(@RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(groups.lookup(new GroupLookup(List.of(), null, null)).stream().map(this::toJson).toList(),
                group -> group.id().toString(), after, limit);
    }

    @GetMapping("/groups/{id}")
    GroupJson get(@PathVariable UUID id) {
        return toJson(groups.get(id));
    }

    /** Changes the properties sent, and only those; {@code parentId} moves the group. {@code version} guards as for contacts. */
    @PatchMapping("/groups/{id}")
    GroupJson patch(@PathVariable UUID id, @RequestBody JsonNode body) {
        Group current = groups.get(id);
        GroupFields fields = read(body, current.fields());
        return toJson(groups.update(id, fields, versionIn(body, current.version())));
    }

    /** Deletes the group and its subgroups; their contacts stay. */
    @DeleteMapping("/groups/{id}")
    Map<String, Object> delete(@PathVariable UUID id) {
        return Map.of("deletedGroups", groups.delete(id, null));
    }

    @GetMapping("/groups/{id}/subgroups")
    ListJson<GroupJson> subgroups(@PathVariable UUID id, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(groups.subgroups(id).stream().map(this::toJson).toList(), group -> group.id().toString(), after, limit);
    }

    /** {@code {"fields": "primary" | "all", "name": "optional"}}. */
    @PostMapping("/groups/{id}/duplicate")
    ResponseEntity<GroupJson> duplicate(@PathVariable UUID id, @RequestBody(required = false) Map<String, String> body) {
        String fields = body == null ? "primary" : body.getOrDefault("fields", "primary");
        GroupDuplicateMode mode = switch (fields == null ? "" : fields) {
            case "primary" -> GroupDuplicateMode.PRIMARY;
            case "all" -> GroupDuplicateMode.ALL;
            default -> throw InvalidInput.of("fields", "error.duplicate.mode");
        };
        Group copy = groups.duplicate(id, mode, body == null ? null : body.get("name"));
        return ResponseEntity.created(URI.create("/api/v1/groups/" + copy.id())).body(toJson(copy));
    }

    /** The members the caller may see, hand-added and by rule, sorted and paged as a contact lookup. */
    @GetMapping("/groups/{id}/members")
    ListJson<ContactJson> members(@PathVariable UUID id, @RequestParam(defaultValue = "" + ContactList.DEFAULT_PAGE_SIZE) int limit,
            @RequestParam(required = false) String after, @RequestParam(required = false) List<String> sort) {
        ContactPage page = contacts.page(members.lookupOf(id), sort == null ? ContactSort.DEFAULT : ContactSort.parse(sort), after,
                null, limit);
        return new ListJson<>(page.total(), contactJson.of(page.items()), page.next());
    }

    /** {@code {"contactIds": [...]}} adds those contacts by hand. */
    @PostMapping("/groups/{id}/members")
    Map<String, Integer> addMembers(@PathVariable UUID id, @RequestBody Map<String, List<UUID>> body) {
        List<UUID> contactIds = body == null ? null : body.get("contactIds");
        if (contactIds == null || contactIds.isEmpty()) {
            throw InvalidInput.of("contactIds", "error.required");
        }
        new FieldErrors().requireEach("contactIds", contactIds).throwIfAny();
        return Map.of("added", members.add(id, contactIds));
    }

    /** Removes a member; one that the rule holds is excluded instead (the answer says which). */
    @DeleteMapping("/groups/{id}/members/{contactId}")
    Map<String, MemberRemoval> removeMember(@PathVariable UUID id, @PathVariable UUID contactId) {
        return Map.of("result", members.remove(id, contactId));
    }

    /** {@code {"criteria": [...], "match": "all"}} as in lookups; checked now, applied at once. */
    @PutMapping("/groups/{id}/rule")
    RuleApplied setRule(@PathVariable UUID id, @RequestBody RuleRequest request) {
        ContactFilter.Criteria rule = LookupCriteria.parse(request.criteria(), request.match());
        if (rule == null) {
            throw InvalidInput.of("criteria", "error.lookup.noCriteria");
        }
        return members.setRule(id, rule, request.version() == null ? groups.get(id).version() : request.version());
    }

    @DeleteMapping("/groups/{id}/rule")
    RuleApplied removeRule(@PathVariable UUID id) {
        return members.setRule(id, null, groups.get(id).version());
    }

    @PostMapping("/groups/{id}/rule/apply")
    RuleApplied applyRule(@PathVariable UUID id) {
        return members.applyRule(id);
    }

    /** Group lookup (SPEC G6): criteria on group fields, matched all or any, and a keyword. */
    @PostMapping("/groups/lookup")
    ListJson<GroupJson> lookup(@RequestBody GroupLookupRequest request) {
        ContactFilter.Criteria criteria = LookupCriteria.parse(request.criteria(), request.match());
        GroupLookup lookup = new GroupLookup(criteria == null ? List.of() : criteria.criteria(),
                criteria == null ? null : criteria.match(), request.keyword());
        return ListJson.page(groups.lookup(lookup).stream().map(this::toJson).toList(), group -> group.id().toString(),
                request.after(), request.limit() == null ? ListJson.DEFAULT_LIMIT : request.limit());
    }

    @GetMapping("/contacts/{contactId}/groups")
    ListJson<Membership> groupsOf(@PathVariable UUID contactId, @RequestParam(defaultValue = "" + ListJson.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) String after) {
        return ListJson.page(members.groupsOf(contactId), membership -> membership.groupId().toString(), after, limit);
    }

    /** A rule as sent: criteria as in lookups. */
    record RuleRequest(List<LookupCriteria.Input> criteria, String match, String keyword, Long version) {
    }

    /** A group lookup as sent: criteria as in lookups, a keyword, and the page as in contact lookups. */
    record GroupLookupRequest(List<LookupCriteria.Input> criteria, String match, String keyword, Integer limit, String after) {
    }

    /** The group's fields from a body: what it sends replaces, what it leaves out stays. */
    private GroupFields read(JsonNode body, GroupFields current) {
        if (body == null || !body.isObject()) {
            throw InvalidInput.of("body", "error.badValue");
        }
        FieldErrors errors = new FieldErrors();
        // a property this API does not know is refused, not dropped: the client meant something by it
        body.fieldNames().forEachRemaining(name -> {
            if (!TEXT_FIELDS.contains(name) && !OTHER_PROPERTIES.contains(name)) {
                errors.add(name, "error.unknownProperty", name);
            }
        });
        Map<String, String> text = new LinkedHashMap<>();
        for (String field : TEXT_FIELDS) {
            JsonNode value = body.get(field);
            if (value != null && !value.isNull() && !value.isValueNode()) {
                errors.add(field, "error.badValue");
            }
            text.put(field, value == null ? null : value.isNull() ? "" : value.asText());
        }
        UUID parentId = current.parentId();
        if (body.has("parentId")) {
            JsonNode parent = body.get("parentId");
            try {
                parentId = parent.isNull() ? null : UUID.fromString(parent.asText());
            } catch (IllegalArgumentException e) {
                errors.add("parentId", "error.badValue");
            }
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        JsonNode customFields = body.get("customFields");
        if (customFields != null && !customFields.isNull()) {
            if (!customFields.isObject()) {
                errors.add("customFields", "error.badValue");
            } else {
                customFields.fields().forEachRemaining(entry -> custom.put(entry.getKey(), json.convertValue(entry.getValue(), Object.class)));
            }
        }
        AccessInput accessInput = AccessInput.NONE;
        for (String property : AccessInput.PROPERTIES) {
            if (body.has(property)) {
                accessInput = accessInput.with(property, body.get(property), errors);
            }
        }
        RecordAccess access = grants.resolve(accessInput, current.access(), errors);
        UUID recordManagerId = current.recordManagerId();
        if (body.hasNonNull("recordManagerId")) {
            try {
                recordManagerId = UUID.fromString(body.get("recordManagerId").asText());
            } catch (IllegalArgumentException e) {
                errors.add("recordManagerId", "error.badValue");
            }
        }
        errors.throwIfAny();
        return new GroupFields(or(text.get("name"), current.name()), or(text.get("description"), current.description()),
                or(text.get("phone"), current.phone()), or(text.get("address"), current.address()), or(text.get("city"), current.city()),
                or(text.get("website"), current.website()), parentId, custom, recordManagerId, access);
    }

    private GroupJson toJson(Group group) {
        return GroupJson.of(group, grants.userNames(group.access()));
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }

    private static long versionIn(JsonNode body, long stored) {
        JsonNode version = body.get("version");
        if (version == null || version.isNull()) {
            return stored;
        }
        if (!version.canConvertToLong()) {
            throw InvalidInput.of("version", "error.badValue");
        }
        return version.asLong();
    }
}
