package org.svyaz.groups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_GROUP;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.groups.Membership;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.GroupMemberRecord;

/**
 * Who is in which group, in {@code group_member}. Hand membership is journaled as links of the
 * group's {@code members}, and exclusions (rule members removed by hand) as links of its
 * {@code excludedMembers}: both are what users set. Rule membership is derived (from the rule and
 * the contacts, both journaled, minus the exclusions) and worked out by each database, so it is
 * written directly, set at a time, without journal entries; so are the members' sort keys, and
 * rows that hold neither a hand membership nor an exclusion are deleted directly.
 */
@Repository
public class JooqGroupMembers {

    private static final String MEMBERS = "members";
    /** Rule members removed by hand, which the rule must not bring back: journaled, unlike rule membership. */
    private static final String EXCLUDED_MEMBERS = "excludedMembers";
    private static final Condition NEITHER_BY_HAND_NOR_EXCLUDED = GROUP_MEMBER.BY_HAND.isFalse().and(GROUP_MEMBER.EXCLUDED.isFalse());
    private static final Condition IS_MEMBER = GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.BY_RULE.isTrue())
            .and(GROUP_MEMBER.EXCLUDED.isFalse());

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqGroupMembers(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    public Optional<GroupMemberRecord> row(UUID groupId, UUID contactId) {
        return dsl.selectFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.eq(contactId))
                .fetchOptional();
    }

    /**
     * Adds the contacts the condition selects by hand, one INSERT ... SELECT and one UPDATE, so
     * adding a lookup of any size costs two statements and the journal's links.
     *
     * @return how many contacts became members
     */
    public int addByHand(UUID groupId, Condition contacts) {
        List<UUID> joining = dsl.select(CONTACT.ID).from(CONTACT).where(contacts)
                .andNotExists(DSL.selectOne().from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                        .and(GROUP_MEMBER.CONTACT_ID.eq(CONTACT.ID)).and(GROUP_MEMBER.BY_HAND.isTrue()))
                .fetch(CONTACT.ID);
        if (joining.isEmpty()) {
            return 0;
        }
        int wereMembers = dsl.fetchCount(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID.eq(groupId).and(IS_MEMBER)
                .and(GROUP_MEMBER.CONTACT_ID.in(joining)));
        for (int from = 0; from < joining.size(); from += 1000) {
            List<UUID> batch = joining.subList(from, Math.min(joining.size(), from + 1000));
            // a contact added by hand is no longer excluded: that ends its exclusion too
            List<UUID> wereExcluded = dsl.select(GROUP_MEMBER.CONTACT_ID).from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                    .and(GROUP_MEMBER.CONTACT_ID.in(batch)).and(GROUP_MEMBER.EXCLUDED.isTrue()).fetch(GROUP_MEMBER.CONTACT_ID);
            writes.linkAll(JooqGroups.ENTITY, groupId, EXCLUDED_MEMBERS, wereExcluded, false);
            writes.linkAll(JooqGroups.ENTITY, groupId, MEMBERS, batch, true,
                    dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, true).set(GROUP_MEMBER.EXCLUDED, false)
                            .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.in(batch)),
                    insertMembers(groupId, GROUP_MEMBER.BY_HAND, CONTACT.ID.in(batch)));
        }
        return joining.size() - wereMembers;
    }

    public int addByHand(UUID groupId, Collection<UUID> contactIds) {
        return addByHand(groupId, CONTACT.ID.in(contactIds));
    }

    /**
     * Takes away the hand membership; a contact the rule holds stays as an exclusion instead.
     * Both are journaled, as links of the group's {@code members} and {@code excludedMembers}.
     */
    public void removeByHand(UUID groupId, UUID contactId, boolean exclude) {
        GroupMemberRecord row = row(groupId, contactId).orElseThrow();
        Condition thisRow = GROUP_MEMBER.GROUP_ID.eq(groupId).and(GROUP_MEMBER.CONTACT_ID.eq(contactId));
        if (exclude) {
            if (row.getByHand()) {
                writes.link(JooqGroups.ENTITY, groupId, MEMBERS, contactId, false);
            }
            writes.link(JooqGroups.ENTITY, groupId, EXCLUDED_MEMBERS, contactId, true,
                    dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, false).set(GROUP_MEMBER.EXCLUDED, true).where(thisRow));
        } else if (row.getByHand()) {
            writes.link(JooqGroups.ENTITY, groupId, MEMBERS, contactId, false, dsl.deleteFrom(GROUP_MEMBER).where(thisRow));
        } else {
            dsl.deleteFrom(GROUP_MEMBER).where(thisRow).and(NEITHER_BY_HAND_NOR_EXCLUDED).execute();
        }
    }

    /**
     * Brings the group's rule members in line with the rule: contacts that match join, members
     * that no longer match leave (unless added by hand). Four set-wise statements.
     */
    public int[] applyRule(UUID groupId, Condition rule) {
        int left = dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, false)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.BY_RULE.isTrue())
                .andNotExists(DSL.selectOne().from(CONTACT).where(CONTACT.ID.eq(GROUP_MEMBER.CONTACT_ID)).and(rule))
                .execute();
        int joinedExisting = dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, true)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.BY_RULE.isFalse())
                .andExists(DSL.selectOne().from(CONTACT).where(CONTACT.ID.eq(GROUP_MEMBER.CONTACT_ID)).and(rule))
                .execute();
        int joinedNew = insertMembers(groupId, GROUP_MEMBER.BY_RULE, rule).execute();
        forgetEmptyRows(groupId);
        return new int[] {joinedExisting + joinedNew, left};
    }

    /** Whether one contact matches a rule, when only that contact changed. */
    public boolean matches(UUID contactId, Condition rule) {
        return dsl.fetchExists(dsl.selectOne().from(CONTACT).where(CONTACT.ID.eq(contactId)).and(rule));
    }

    /** Sets whether one contact is a rule member of the group. */
    public void setRuleMember(UUID groupId, UUID contactId, boolean matching) {
        Optional<GroupMemberRecord> row = row(groupId, contactId);
        if (row.isPresent() && row.get().getByRule() != matching) {
            dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, matching)
                    .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.eq(contactId)).execute();
            forgetEmptyRows(groupId);
        } else if (row.isEmpty() && matching) {
            insertMembers(groupId, GROUP_MEMBER.BY_RULE, CONTACT.ID.eq(contactId)).execute();
        }
    }

    /**
     * Adds the contacts the condition selects that are not in the group yet, by hand or by rule
     * as {@code how} says, with their sort keys.
     */
    private Query insertMembers(UUID groupId, Field<Boolean> how, Condition contacts) {
        return dsl.insertInto(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, how, GROUP_MEMBER.COMPANY_SEARCH,
                        GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH)
                .select(dsl.select(DSL.val(groupId), CONTACT.ID, DSL.val(true), CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH,
                                CONTACT.FIRST_NAME_SEARCH)
                        .from(CONTACT).where(contacts)
                        .andNotExists(DSL.selectOne().from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                                .and(GROUP_MEMBER.CONTACT_ID.eq(CONTACT.ID))));
    }

    /** Copies a changed contact's sort keys to its memberships, for the groups' member lists. */
    public void refreshOrder(UUID contactId) {
        dsl.update(GROUP_MEMBER)
                .set(DSL.row(GROUP_MEMBER.COMPANY_SEARCH, GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH),
                        DSL.select(CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH, CONTACT.FIRST_NAME_SEARCH)
                                .from(CONTACT).where(CONTACT.ID.eq(contactId)))
                .where(GROUP_MEMBER.CONTACT_ID.eq(contactId))
                .execute();
    }

    /** Drops every rule member and exclusion, when a group's rule is removed; the exclusions' end is journaled. */
    public void clearRule(UUID groupId) {
        dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, false).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).execute();
        List<UUID> excluded = dsl.select(GROUP_MEMBER.CONTACT_ID).from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                .and(GROUP_MEMBER.EXCLUDED.isTrue()).fetch(GROUP_MEMBER.CONTACT_ID);
        if (!excluded.isEmpty()) {
            writes.linkAll(JooqGroups.ENTITY, groupId, EXCLUDED_MEMBERS, excluded, false, dsl.update(GROUP_MEMBER)
                    .set(GROUP_MEMBER.EXCLUDED, false).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.EXCLUDED.isTrue()));
        }
        forgetEmptyRows(groupId);
    }

    /** Adds the hand-added members of one group to another (a new duplicate), journaled as links. */
    public void copyHandMembers(UUID fromGroupId, UUID toGroupId) {
        addByHand(toGroupId, DSL.exists(DSL.selectOne().from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(fromGroupId))
                .and(GROUP_MEMBER.CONTACT_ID.eq(CONTACT.ID)).and(GROUP_MEMBER.BY_HAND.isTrue())));
    }

    /** The groups a contact is in, by group name. */
    public List<Membership> groupsOf(UUID contactId) {
        return dsl.select(GROUP_MEMBER.GROUP_ID, CONTACT_GROUP.GROUP_NAME, GROUP_MEMBER.BY_HAND, GROUP_MEMBER.BY_RULE)
                .from(GROUP_MEMBER).join(CONTACT_GROUP).on(CONTACT_GROUP.ID.eq(GROUP_MEMBER.GROUP_ID))
                .where(GROUP_MEMBER.CONTACT_ID.eq(contactId)).and(IS_MEMBER)
                .orderBy(CONTACT_GROUP.GROUP_NAME_SEARCH, CONTACT_GROUP.ID)
                .fetch(row -> new Membership(row.value1(), row.value2(), contactId, row.value3(), row.value4()));
    }

    /** How each of these contacts is in the group, for the group's member list. */
    public Map<UUID, Membership> memberships(UUID groupId, String groupName, Collection<UUID> contactIds) {
        return dsl.select(GROUP_MEMBER.CONTACT_ID, GROUP_MEMBER.BY_HAND, GROUP_MEMBER.BY_RULE).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.in(contactIds)).and(IS_MEMBER)
                .fetchMap(GROUP_MEMBER.CONTACT_ID, row -> new Membership(groupId, groupName, row.value1(), row.value2(), row.value3()));
    }

    /** The statement that erases a group's memberships, run with the group's deletion (its tombstone covers them). */
    public Query deletionOfGroup(UUID groupId) {
        return dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId));
    }

    /**
     * A deleted contact leaves every group: its hand memberships and exclusions are unlinked from
     * each group in the journal, its rule memberships (derived) are simply erased.
     */
    public void deleteAllOfContact(UUID contactId) {
        dsl.selectFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(contactId))
                .and(GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.EXCLUDED.isTrue()))
                .fetch()
                .forEach(row -> {
                    Query leave = dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(row.getGroupId()))
                            .and(GROUP_MEMBER.CONTACT_ID.eq(contactId));
                    if (!row.getExcluded()) {
                        writes.link(JooqGroups.ENTITY, row.getGroupId(), MEMBERS, contactId, false, leave);
                        return;
                    }
                    if (row.getByHand()) {
                        writes.link(JooqGroups.ENTITY, row.getGroupId(), MEMBERS, contactId, false);
                    }
                    writes.link(JooqGroups.ENTITY, row.getGroupId(), EXCLUDED_MEMBERS, contactId, false, leave);
                });
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(contactId)).and(NEITHER_BY_HAND_NOR_EXCLUDED).execute();
    }

    private void forgetEmptyRows(UUID groupId) {
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.BY_RULE.isFalse())
                .and(NEITHER_BY_HAND_NOR_EXCLUDED).execute();
    }
}
