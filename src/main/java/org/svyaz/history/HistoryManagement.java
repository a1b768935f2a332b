package org.svyaz.history;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.Access;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.groups.GroupDuplicated;
import org.svyaz.groups.GroupsDeleted;
import org.svyaz.groups.RecordOwners;
import org.svyaz.history.internal.HistoryPermissions;
import org.svyaz.history.internal.JooqHistoryItems;
import org.svyaz.history.internal.JooqNotes;
import org.svyaz.history.internal.TimelineQueries;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordOwner;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.RecordKind;
import org.svyaz.users.UserManagement;

/**
 * History items of contacts and groups, recorded by hand or by other modules, and the
 * Notes/History tab that shows them with the notes, newest first.
 */
@Service
public class HistoryManagement {

    private static final int MAX_REGARDING = 2000;
    private static final int MAX_DETAILS = NoteManagement.MAX_LENGTH;
    private static final int MAX_PAGE_SIZE = 1000;

    private final JooqHistoryItems items;
    private final JooqNotes notes;
    private final TimelineQueries timeline;
    private final RecordOwners owners;
    private final UserManagement users;
    private final HistoryPermissions permissions;
    private final AccessGrants grants;

    HistoryManagement(JooqHistoryItems items, JooqNotes notes, TimelineQueries timeline, RecordOwners owners,
            UserManagement users, HistoryPermissions permissions, AccessGrants grants) {
        this.grants = grants;
        this.items = items;
        this.notes = notes;
        this.timeline = timeline;
        this.owners = owners;
        this.users = users;
        this.permissions = permissions;
    }

    /** Records a history item on a contact; a user records MANUAL items, modules their own kinds. */
    @Transactional
    public HistoryItem record(UUID contactId, NewHistoryItem item) {
        return record(RecordOwner.contact(contactId), item);
    }

    /** Records a history item on a contact or a group. */
    @Transactional
    public HistoryItem record(RecordOwner owner, NewHistoryItem item) {
        owners.requireVisible(owner);
        CurrentUser me = permissions.requireWriter();
        NewHistoryItem checked = check(item);
        return items.insert(owner, checked, me.id(), occurredAt(checked));
    }

    /**
     * Records the history item that clearing the activity writes on a contact or a group, linked
     * to the activity so that {@link #editOfActivity} can change it when the cleared activity is.
     */
    @Transactional
    public HistoryItem recordOfActivity(UUID activityId, RecordOwner owner, NewHistoryItem item) {
        owners.requireVisible(owner);
        CurrentUser me = permissions.requireWriter();
        NewHistoryItem checked = check(item);
        return items.insert(owner, checked, me.id(), occurredAt(checked), activityId);
    }

    /**
     * Changes every history item the activity's clearing wrote to {@code item} (its kind kept),
     * on behalf of the activities module, which has checked that the user may change the
     * activity. Items of activities cleared before items were linked are not found, and stay.
     */
    @Transactional
    public void editOfActivity(UUID activityId, NewHistoryItem item) {
        permissions.requireWriter();
        NewHistoryItem checked = check(item);
        for (UUID itemId : items.ofActivity(activityId)) {
            items.update(itemId, checked, occurredAt(checked), items.versionOf(itemId));
        }
    }

    @Transactional
    public HistoryItem edit(UUID itemId, NewHistoryItem item, long expectedVersion) {
        HistoryItem existing = get(itemId);
        permissions.requireMayChange(RecordKind.HISTORY_ITEM, existing.userId());
        NewHistoryItem checked = check(new NewHistoryItem(existing.kind(), item.activityType(), item.result(), item.regarding(),
                item.details(), item.isPrivate(), item.occurredAt() == null ? existing.occurredAt() : item.occurredAt()));
        return items.update(itemId, checked, occurredAt(checked), expectedVersion);
    }

    @Transactional
    public void delete(UUID itemId) {
        HistoryItem existing = get(itemId);
        permissions.requireMayDelete(RecordKind.HISTORY_ITEM, existing.userId());
        items.delete(itemId);
    }

    /**
     * Those of the history items that exist and the current user may see now, with the contact or group
     * they belong to (for the audit log: one query for them, one per kind of owner).
     */
    public Set<UUID> visibleIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<UUID, RecordOwner> owned = items.visibleOwners(ids, users.current().id());
        Set<RecordOwner> reachable = owners.visible(owned.values());
        return owned.entrySet().stream().filter(entry -> reachable.contains(entry.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    public HistoryItem get(UUID itemId) {
        HistoryItem item = items.visible(itemId, users.current().id()).orElseThrow(HistoryItemNotFound::new);
        if (!owners.isVisible(item.owner())) {
            throw new HistoryItemNotFound();
        }
        return item;
    }

    /** A page of the contact's Notes/History tab, newest first. */
    public TimelinePage timeline(UUID contactId, TimelineFilter filter, String cursor, int limit) {
        return timeline(RecordOwner.contact(contactId), false, filter, cursor, limit);
    }

    /**
     * A page of a contact's or a group's Notes/History tab, newest first; for a group
     * {@code withMembers} adds the items of its member contacts (SPEC G7).
     */
    public TimelinePage timeline(RecordOwner owner, boolean withMembers, TimelineFilter filter, String cursor, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw InvalidInput.of("limit", "error.limit", MAX_PAGE_SIZE);
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw InvalidInput.of("to", "error.dateRange");
        }
        owners.requireVisible(owner);
        return timeline.page(owner, withMembers, users.current().id(), filter, cursor, limit);
    }

    /** How many entries of the contact's Notes/History tab the filter lets through. */
    public long count(RecordOwner owner, boolean withMembers, TimelineFilter filter) {
        owners.requireVisible(owner);
        return timeline.count(owner, withMembers, users.current().id(), filter);
    }

    /** A deleted contact takes its notes and history with it, each deletion journaled. */
    @EventListener
    void on(ContactDeleted deleted) {
        deleteNotesOf(RecordOwner.contact(deleted.contactId()));
        items.deleteAllOf(RecordOwner.contact(deleted.contactId()));
    }

    /** Deleted groups take their notes and history with them. */
    @EventListener
    void on(GroupsDeleted deleted) {
        deleted.groupIds().forEach(groupId -> {
            deleteNotesOf(RecordOwner.group(groupId));
            items.deleteAllOf(RecordOwner.group(groupId));
        });
    }

    /** Deletes the owner's notes with their grants (journaled as cleared), so that none outlives its note. */
    private void deleteNotesOf(RecordOwner owner) {
        grants.forget(NoteManagement.ENTITY, notes.idsOf(owner));
        notes.deleteAllOf(owner);
    }

    /**
     * A group duplicated with all its fields gets copies of its notes and history; a copy of a
     * limited note is granted to whom its original is.
     */
    @EventListener
    void on(GroupDuplicated duplicated) {
        if (duplicated.withRecords()) {
            notes.copyAll(duplicated.originalId(), duplicated.copyId()).forEach((originalId, copyId) -> grants.write(NoteManagement.ENTITY,
                    copyId, duplicated.copyId(), RecordAccess.of(Access.LIMITED), grants.of(originalId, Access.LIMITED)));
            items.copyAll(duplicated.originalId(), duplicated.copyId());
        }
    }

    private static OffsetDateTime occurredAt(NewHistoryItem item) {
        return item.occurredAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : item.occurredAt();
    }

    private static NewHistoryItem check(NewHistoryItem item) {
        FieldErrors errors = new FieldErrors();
        String regarding = item.regarding() == null ? "" : item.regarding().strip();
        String details = item.details() == null ? "" : item.details().strip();
        if (item.kind() == null || item.kind() == HistoryKind.NOTE) {
            errors.add("kind", "error.history.kind");
        }
        if (regarding.isEmpty()) {
            errors.add("regarding", "error.required");
        }
        errors.checkLength("regarding", regarding, MAX_REGARDING);
        errors.checkLength("details", details, MAX_DETAILS);
        errors.checkLength("activityType", item.activityType(), 40);
        errors.checkLength("result", item.result(), 30);
        if (item.occurredAt() != null && (item.occurredAt().getYear() < 1 || item.occurredAt().getYear() > 9999)) {
            errors.add("occurredAt", "error.date.outOfRange");
        }
        errors.throwIfAny();
        return new NewHistoryItem(item.kind(), blankToNull(item.activityType()), blankToNull(item.result()), regarding, details,
                item.isPrivate(), item.occurredAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
