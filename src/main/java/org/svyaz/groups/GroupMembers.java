package org.svyaz.groups;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.contacts.ContactCreated;
import org.svyaz.contacts.ContactDeleted;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.contacts.ContactUpdated;
import org.svyaz.groups.internal.JooqGroupMembers;
import org.svyaz.groups.internal.Rules;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;
import org.svyaz.schema.tables.records.GroupMemberRecord;
import org.svyaz.shell.VersionConflict;

/**
 * The contacts of groups (SPEC G4, G5): members added by hand, and members by the group's rule.
 * A contact is in any number of groups; adding it twice changes nothing. Listing members goes
 * through the lookups ({@link ContactFilter.InGroup}), so that it is paged, sorted and private
 * contacts stay hidden as in any lookup.
 */
@Service
public class GroupMembers {

    private final GroupManagement groups;
    private final JooqGroupMembers members;
    private final Rules rules;
    private final ContactManagement contacts;
    private final ContactList list;

    GroupMembers(GroupManagement groups, JooqGroupMembers members, Rules rules, ContactManagement contacts, ContactList list) {
        this.groups = groups;
        this.members = members;
        this.rules = rules;
        this.contacts = contacts;
        this.list = list;
    }

    /**
     * Adds contacts by hand; a contact excluded from the rule is included again.
     *
     * @return how many became members
     * @throws ContactNotFound when a contact is unknown or not visible to the user
     */
    @Transactional
    public int add(UUID groupId, Collection<UUID> contactIds) {
        groups.requireMayChange(groupId);
        Set<UUID> wanted = Set.copyOf(contactIds);
        if (contacts.getAll(wanted).size() != wanted.size()) {
            throw new ContactNotFound();
        }
        return changed(wanted.isEmpty() ? 0 : members.addByHand(groupId, wanted));
    }

    /** Adds every contact of a lookup (the current lookup, the tagged contacts) by hand. */
    @Transactional
    public int addAll(UUID groupId, ContactFilter lookup) {
        groups.requireMayChange(groupId);
        return changed(members.addByHand(groupId, list.selection(lookup)));
    }

    /**
     * Removes a contact from the group. A contact the rule holds cannot simply leave (the rule
     * would bring it back): it is excluded, and stays out until it is added by hand again.
     */
    @Transactional
    public MemberRemoval remove(UUID groupId, UUID contactId) {
        groups.requireMayChange(groupId);
        if (!contacts.isVisible(contactId)) {
            throw new ContactNotFound();
        }
        GroupMemberRecord row = members.row(groupId, contactId).orElse(null);
        if (row == null || row.getExcluded() || !(row.getByHand() || row.getByRule())) {
            return MemberRemoval.NOT_A_MEMBER;
        }
        members.removeByHand(groupId, contactId, row.getByRule());
        list.forgetCounts();
        return row.getByRule() ? MemberRemoval.EXCLUDED : MemberRemoval.REMOVED;
    }

    /**
     * Gives the group a membership rule, or takes it away with null, and applies it at once.
     *
     * @throws org.svyaz.shell.InvalidInput when the rule names an unknown field, operator or value
     * @throws VersionConflict when the group changed since the user loaded it
     */
    @Transactional
    public RuleApplied setRule(UUID groupId, ContactFilter.Criteria rule, long expectedVersion) {
        if (groups.requireMayChange(groupId).version() != expectedVersion) {
            throw new VersionConflict();
        }
        RuleApplied applied = rules.set(groupId, rule, expectedVersion);
        list.forgetCounts();
        return applied;
    }

    /** Re-applies the group's rule to all contacts now. */
    @Transactional
    public RuleApplied applyRule(UUID groupId) {
        Group group = groups.requireMayChange(groupId);
        RuleApplied applied = group.rule() == null ? new RuleApplied(0, 0) : rules.apply(groupId, group.rule());
        list.forgetCounts();
        return applied;
    }

    /** The groups the contact is in that the user may see. */
    public List<Membership> groupsOf(UUID contactId) {
        if (!contacts.isVisible(contactId)) {
            throw new ContactNotFound();
        }
        List<Membership> all = members.groupsOf(contactId);
        Set<UUID> visible = groups.visibleIds(all.stream().map(Membership::groupId).toList());
        return all.stream().filter(membership -> visible.contains(membership.groupId())).toList();
    }

    /** How each of these contacts is in the group (absent: not a member). */
    public Map<UUID, Membership> memberships(UUID groupId, Collection<UUID> contactIds) {
        Group group = groups.get(groupId);
        return contactIds.isEmpty() ? Map.of() : members.memberships(groupId, group.name(), contactIds);
    }

    /** The lookup that holds the group's members, to list them or make them the current lookup. */
    public ContactFilter lookupOf(UUID groupId) {
        return new ContactFilter.InGroup(groupId, groups.get(groupId).name());
    }

    private int changed(int added) {
        list.forgetCounts();
        return added;
    }

    @EventListener
    void on(ContactCreated created) {
        rules.applyTo(created.contactId());
    }

    @EventListener
    void on(ContactUpdated updated) {
        members.refreshOrder(updated.contactId());
        rules.applyTo(updated.contactId());
    }

    @EventListener
    void on(ContactDeleted deleted) {
        members.deleteAllOfContact(deleted.contactId());
    }
}
