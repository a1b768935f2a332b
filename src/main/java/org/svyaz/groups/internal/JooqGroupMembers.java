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
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.groups.Membership;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.GroupMemberRecord;

/**
 * Who is in which group, in {@code group_member}. Hand membership is journaled as links of the
 * group; rule membership is derived (from the rule and the contacts, both journaled) and worked
 * out by each database, so it is written directly, set at a time, without journal entries.
 */
@Repository
public class JooqGroupMembers {

    private static final String MEMBERS = "members";
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
            dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, true).set(GROUP_MEMBER.EXCLUDED, false)
                    .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.in(batch)).execute();
            insertMembers(groupId, GROUP_MEMBER.BY_HAND, CONTACT.ID.in(batch));
        }
        writes.linkAll(JooqGroups.ENTITY, groupId, MEMBERS, joining, true);
        return joining.size() - wereMembers;
    }

    public int addByHand(UUID groupId, Collection<UUID> contactIds) {
        return addByHand(groupId, CONTACT.ID.in(contactIds));
    }

    /** Takes away the hand membership; a contact the rule holds stays as an exclusion instead. */
    public void removeByHand(UUID groupId, UUID contactId, boolean exclude) {
        GroupMemberRecord row = row(groupId, contactId).orElseThrow();
        if (row.getByHand()) {
            writes.link(JooqGroups.ENTITY, groupId, MEMBERS, contactId, false);
        }
        if (exclude) {
            dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, false).set(GROUP_MEMBER.EXCLUDED, true)
                    .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.eq(contactId)).execute();
        } else {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.CONTACT_ID.eq(contactId))
                    .execute();
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
        int joinedNew = insertMembers(groupId, GROUP_MEMBER.BY_RULE, rule);
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
            insertMembers(groupId, GROUP_MEMBER.BY_RULE, CONTACT.ID.eq(contactId));
        }
    }

    /**
     * Adds the contacts the condition selects that are not in the group yet, by hand or by rule
     * as {@code how} says, with their sort keys.
     */
    private int insertMembers(UUID groupId, Field<Boolean> how, Condition contacts) {
        return dsl.insertInto(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, how, GROUP_MEMBER.COMPANY_SEARCH,
                        GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH)
                .select(dsl.select(DSL.val(groupId), CONTACT.ID, DSL.val(true), CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH,
                                CONTACT.FIRST_NAME_SEARCH)
                        .from(CONTACT).where(contacts)
                        .andNotExists(DSL.selectOne().from(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId))
                                .and(GROUP_MEMBER.CONTACT_ID.eq(CONTACT.ID))))
                .execute();
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

    /** Drops every rule member and exclusion, when a group's rule is removed. */
    public void clearRule(UUID groupId) {
        dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_RULE, false).set(GROUP_MEMBER.EXCLUDED, false)
                .where(GROUP_MEMBER.GROUP_ID.eq(groupId)).execute();
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

    public void deleteAllOfGroup(UUID groupId) {
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).execute();
    }

    public void deleteAllOfContact(UUID contactId) {
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(contactId)).execute();
    }

    private void forgetEmptyRows(UUID groupId) {
        dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(groupId)).and(GROUP_MEMBER.BY_HAND.isFalse())
                .and(GROUP_MEMBER.BY_RULE.isFalse()).and(GROUP_MEMBER.EXCLUDED.isFalse()).execute();
    }
}
