package org.svyaz.groups;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.RecordAccess;
import org.svyaz.access.AccessGrants;
import org.svyaz.customfields.CustomFieldValues;
import org.svyaz.groups.internal.GroupMatcher;
import org.svyaz.groups.internal.JooqGroupMembers;
import org.svyaz.groups.internal.JooqGroups;
import org.svyaz.groups.internal.Rules;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permissions;
import org.svyaz.users.UserManagement;
import org.svyaz.users.RecordKind;

/**
 * Groups and subgroups (SPEC G1–G3, G6): a tree in which every user sees every group, created,
 * changed, moved, duplicated and deleted here. Deleting a group deletes its subgroups, never a
 * contact.
 */
@Service
public class GroupManagement {

    public static final String ENTITY = JooqGroups.ENTITY;
    private static final int MAX_NAME = 200;

    private final JooqGroups groups;
    private final JooqGroupMembers members;
    private final CustomFieldValues customValues;
    private final Permissions permissions;
    private final Rules rules;
    private final GroupMatcher matcher;
    private final ApplicationEventPublisher events;
    private final AccessGrants grants;
    private final UserManagement users;

    GroupManagement(JooqGroups groups, JooqGroupMembers members, CustomFieldValues customValues, Permissions permissions,
            Rules rules, GroupMatcher matcher, ApplicationEventPublisher events, AccessGrants grants, UserManagement users) {
        this.grants = grants;
        this.users = users;
        this.groups = groups;
        this.members = members;
        this.customValues = customValues;
        this.permissions = permissions;
        this.rules = rules;
        this.matcher = matcher;
        this.events = events;
    }

    public Group get(UUID groupId) {
        Group group = groups.byId(groupId, viewer()).orElseThrow(GroupNotFound::new);
        return withCustomFields(List.of(group)).get(0);
    }

    public boolean exists(UUID groupId) {
        return groupId != null && groups.byId(groupId, viewer()).isPresent();
    }

    /** Those of the groups that exist and the current user may see now (for the audit log, one query). */
    public Set<UUID> visibleIds(Collection<UUID> groupIds) {
        return groupIds.isEmpty() ? Set.of() : groups.visibleIds(groupIds, viewer());
    }

    /**
     * The tree the user sees: top-level groups with their subgroups, each level in name order. A
     * group under a parent the user may not see stands at the top.
     */
    public List<GroupNode> tree() {
        List<Group> all = groups.all(viewer());
        Set<UUID> seen = all.stream().map(Group::id).collect(Collectors.toSet());
        Map<UUID, List<Group>> byParent = new LinkedHashMap<>();
        all.forEach(group -> byParent.computeIfAbsent(seen.contains(group.parentId()) ? group.parentId() : null,
                parent -> new ArrayList<>()).add(group));
        return nodes(null, byParent);
    }

    private static List<GroupNode> nodes(UUID parentId, Map<UUID, List<Group>> byParent) {
        return byParent.getOrDefault(parentId, List.of()).stream()
                .map(group -> new GroupNode(group.id(), group.name(), nodes(group.id(), byParent)))
                .toList();
    }

    /** The direct subgroups of a group, in name order. */
    public List<Group> subgroups(UUID groupId) {
        get(groupId);
        return withCustomFields(groups.all(viewer()).stream().filter(group -> groupId.equals(group.parentId())).toList());
    }

    /** The group's ancestors that the user may see, from the top of the tree down to its parent. */
    public List<Group> ancestors(UUID groupId) {
        Map<UUID, UUID> parents = groups.parents();
        List<UUID> path = new ArrayList<>();
        for (UUID parent = parents.get(groupId); parent != null; parent = parents.get(parent)) {
            path.add(0, parent);
        }
        UUID viewer = viewer();
        return path.stream().flatMap(id -> groups.byId(id, viewer).stream()).toList();
    }

    @Transactional
    public Group create(GroupFields fields) {
        CurrentUser me = permissions.requireMayCreate();
        Map<String, Object> custom = check(fields, null);
        UUID recordManager = fields.recordManagerId() == null ? me.id() : fields.recordManagerId();
        RecordAccess access = fields.access() == null ? RecordAccess.PUBLIC : fields.access();
        Group group = groups.insert(new Group(null, fields.parentId(), clean(fields.name()), clean(fields.description()),
                clean(fields.phone()), clean(fields.address()), clean(fields.city()), clean(fields.website()), recordManager,
                access, null, Map.of(), null, null, 0), me.id());
        grants.write(ENTITY, group.id(), group.parentId(), RecordAccess.PUBLIC, access);
        customValues.write(ENTITY, group.id(), custom);
        return get(group.id());
    }

    /**
     * Writes the fields (and the parent: a move) of a group the user loaded at {@code expectedVersion}.
     *
     * @throws VersionConflict when someone changed it since
     */
    @Transactional
    public Group update(UUID groupId, GroupFields fields, long expectedVersion) {
        Group current = get(groupId);
        permissions.requireMayChange(RecordKind.GROUP, current.recordManagerId());
        if (current.version() != expectedVersion) {
            throw new VersionConflict();
        }
        Map<String, Object> custom = check(fields, groupId);
        UUID recordManager = fields.recordManagerId() == null ? current.recordManagerId() : fields.recordManagerId();
        RecordAccess access = fields.access() == null ? current.access() : fields.access();
        if (!recordManager.equals(current.recordManagerId()) || !access.equals(current.access())) {
            Permissions.requireMayChangeAccess(users.current(), current.recordManagerId(), "error.group.accessChange");
        }
        Group changed = new Group(groupId, fields.parentId(), clean(fields.name()), clean(fields.description()),
                clean(fields.phone()), clean(fields.address()), clean(fields.city()), clean(fields.website()),
                recordManager, access, current.rule(), Map.of(), null, null, expectedVersion);
        boolean rowChanged = groups.update(changed, expectedVersion);
        grants.write(ENTITY, groupId, changed.parentId(), current.access(), access);
        boolean customChanged = customValues.write(ENTITY, groupId, custom);
        if (customChanged && !rowChanged) {
            groups.touch(groupId, expectedVersion);
        }
        return get(groupId);
    }

    /** Deletes the group with all its subgroups; their contacts stay, only the membership goes. */
    @Transactional
    public List<UUID> delete(UUID groupId, Long expectedVersion) {
        Group group = get(groupId);
        List<UUID> subtree = subtreeOf(groupId);
        // a subgroup goes with its group, so the user must be allowed to delete each of them
        List<Group> seen = groups.all(viewer()).stream().filter(each -> subtree.contains(each.id())).toList();
        if (seen.size() < subtree.size()) {
            // a subgroup the user may not see (a colleague's private one) is not theirs to delete
            throw NotPermitted.forRole();
        }
        seen.forEach(each -> {
            permissions.requireMayChange(RecordKind.GROUP, each.recordManagerId());
            permissions.requireMayDelete(RecordKind.GROUP, each.recordManagerId());
        });
        if (expectedVersion != null && group.version() != expectedVersion) {
            throw new VersionConflict();
        }
        grants.forget(ENTITY, subtree);
        // the deepest first, so that no group is deleted while a subgroup still points at it
        for (int i = subtree.size() - 1; i >= 0; i--) {
            UUID id = subtree.get(i);
            customValues.deleteAllOf(ENTITY, id);
            groups.delete(id, members.deletionOfGroup(id));
        }
        rules.forget();
        events.publishEvent(new GroupsDeleted(subtree));
        return subtree;
    }

    /** The group and all its subgroups, parents before children. */
    public List<UUID> subtreeOf(UUID groupId) {
        Map<UUID, List<UUID>> children = new LinkedHashMap<>();
        groups.parents().forEach((id, parent) -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(id));
        List<UUID> subtree = new ArrayList<>();
        Deque<UUID> pending = new ArrayDeque<>(List.of(groupId));
        while (!pending.isEmpty()) {
            UUID id = pending.removeFirst();
            subtree.add(id);
            pending.addAll(children.getOrDefault(id, List.of()));
        }
        return subtree;
    }

    /**
     * A copy of the group under the same parent, with the name given (or the original's).
     * {@link GroupDuplicateMode#ALL} copies every field, the rule and the hand-added members too,
     * and tells the modules that keep notes, history and documents to copy them.
     */
    @Transactional
    public Group duplicate(UUID groupId, GroupDuplicateMode mode, String name) {
        Group original = get(groupId);
        permissions.requireMayCreate();
        String copyName = name == null || name.isBlank() ? original.name() : name;
        boolean all = mode == GroupDuplicateMode.ALL;
        Group copy = create(new GroupFields(copyName, original.description(), original.phone(), original.address(),
                original.city(), original.website(), original.parentId(), all ? withoutEmpty(original.customFields()) : Map.of()));
        if (all) {
            members.copyHandMembers(original.id(), copy.id());
            if (original.rule() != null) {
                rules.set(copy.id(), original.rule(), copy.version());
            }
        }
        events.publishEvent(new GroupDuplicated(original.id(), copy.id(), all));
        return get(copy.id());
    }

    private static Map<String, Object> withoutEmpty(Map<String, Object> values) {
        Map<String, Object> present = new LinkedHashMap<>(values);
        present.values().removeIf(Objects::isNull);
        return present;
    }

    /** Groups that meet the lookup, in name order (SPEC G6). */
    public List<Group> lookup(GroupLookup lookup) {
        matcher.check(lookup);
        return withCustomFields(groups.all(viewer())).stream().filter(group -> matcher.matches(group, lookup)).toList();
    }

    private List<Group> withCustomFields(List<Group> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, Object>> values = customValues.valuesOf(ENTITY, found.stream().map(Group::id).toList());
        Map<UUID, RecordAccess> accesses = grants.of(found, Group::id, group -> group.access().level());
        return found.stream().map(group -> group.with(accesses.get(group.id()), values.getOrDefault(group.id(), Map.of()))).toList();
    }

    /**
     * Whether the current user may change who manages the group and who may see it: its record
     * manager, a manager or an administrator, so that nobody takes a colleague's group.
     */
    public boolean mayChangeAccess(Group group) {
        return permissions.mayChangeAccess(group.recordManagerId());
    }

    private UUID viewer() {
        return users.current().id();
    }

    private Map<String, Object> check(GroupFields fields, UUID groupId) {
        FieldErrors errors = new FieldErrors();
        String name = clean(fields.name());
        if (name.isEmpty()) {
            errors.add("name", "error.required");
        }
        errors.checkLength("name", name, MAX_NAME);
        errors.checkLength("description", clean(fields.description()), 2000);
        errors.checkLength("phone", clean(fields.phone()), 50);
        errors.checkLength("address", clean(fields.address()), 200);
        errors.checkLength("city", clean(fields.city()), 100);
        errors.checkLength("website", clean(fields.website()), 500);
        if (fields.parentId() != null) {
            if (!exists(fields.parentId())) {
                errors.add("parentId", "error.group.parentNotFound");
            } else if (groupId != null && subtreeOf(groupId).contains(fields.parentId())) {
                errors.add("parentId", "error.group.cycle");
            }
        }
        if (fields.recordManagerId() != null && users.findById(fields.recordManagerId()).filter(user -> user.enabled()).isEmpty()) {
            errors.add("recordManagerId", "error.contact.unknownRecordManager");
        }
        Map<String, Object> custom = fields.customFields() == null ? Map.of()
                : customValues.convert(ENTITY, fields.customFields(), errors);
        errors.throwIfAny();
        return custom;
    }

    /** Whether the current user may change the group, its rule and its members (pages offer it then). */
    public boolean mayChange(Group group) {
        return permissions.mayChange(RecordKind.GROUP, group.recordManagerId());
    }

    /** Whether the current user may delete the group (pages offer it then; subgroups are checked on deletion). */
    public boolean mayDelete(Group group) {
        return mayChange(group) && permissions.mayDelete(RecordKind.GROUP, group.recordManagerId());
    }

    /**
     * The group, if the current user may change it, its rule and its members.
     *
     * @throws NotPermitted otherwise
     */
    Group requireMayChange(UUID groupId) {
        Group group = get(groupId);
        permissions.requireMayChange(RecordKind.GROUP, group.recordManagerId());
        return group;
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
