package org.svyaz.groups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.journal.SideValues;

/**
 * On the journal's apply path: a group's {@code members} added by hand and its {@code
 * excludedMembers} kept out of its rule (links to contacts).
 * Members by rule are not journaled: every database derives them from the group's rule.
 */
@Component
class GroupMembersKept implements SideValues {

    private static final String MEMBERS = "members";
    private static final String EXCLUDED_MEMBERS = "excludedMembers";

    @Override
    public boolean keeps(String entity, String field) {
        return JooqGroups.ENTITY.equals(entity) && (MEMBERS.equals(field) || EXCLUDED_MEMBERS.equals(field));
    }

    @Override
    public void link(DSLContext dsl, String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        var member = GROUP_MEMBER.GROUP_ID.eq(recordId).and(GROUP_MEMBER.CONTACT_ID.eq(linkedId));
        if (EXCLUDED_MEMBERS.equals(field)) {
            exclude(dsl, recordId, linkedId, linked);
        } else if (linked) {
            int updated = dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, true).set(GROUP_MEMBER.EXCLUDED, false).where(member).execute();
            if (updated == 0) {
                dsl.insertInto(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, GROUP_MEMBER.BY_HAND,
                                GROUP_MEMBER.COMPANY_SEARCH, GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH)
                        .select(dsl.select(DSL.val(recordId), CONTACT.ID, DSL.val(true), CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH,
                                CONTACT.FIRST_NAME_SEARCH).from(CONTACT).where(CONTACT.ID.eq(linkedId)))
                        .execute();
            }
        } else {
            dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, false).where(member).execute();
            dsl.deleteFrom(GROUP_MEMBER).where(member).and(GROUP_MEMBER.BY_HAND.isFalse()).and(GROUP_MEMBER.BY_RULE.isFalse())
                    .and(GROUP_MEMBER.EXCLUDED.isFalse()).execute();
        }
    }

    /** An excluded member is kept out of the group's rule; the row says so whether or not the rule holds the contact now. */
    private static void exclude(DSLContext dsl, UUID groupId, UUID contactId, boolean excluded) {
        var member = GROUP_MEMBER.GROUP_ID.eq(groupId).and(GROUP_MEMBER.CONTACT_ID.eq(contactId));
        if (excluded) {
            int updated = dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.BY_HAND, false).set(GROUP_MEMBER.EXCLUDED, true).where(member).execute();
            if (updated == 0) {
                dsl.insertInto(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, GROUP_MEMBER.EXCLUDED,
                                GROUP_MEMBER.COMPANY_SEARCH, GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH)
                        .select(dsl.select(DSL.val(groupId), CONTACT.ID, DSL.val(true), CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH,
                                CONTACT.FIRST_NAME_SEARCH).from(CONTACT).where(CONTACT.ID.eq(contactId)))
                        .execute();
            }
        } else {
            dsl.update(GROUP_MEMBER).set(GROUP_MEMBER.EXCLUDED, false).where(member).execute();
            dsl.deleteFrom(GROUP_MEMBER).where(member).and(GROUP_MEMBER.BY_HAND.isFalse()).and(GROUP_MEMBER.BY_RULE.isFalse())
                    .and(GROUP_MEMBER.EXCLUDED.isFalse()).execute();
        }
    }

    @Override
    public void recordDeleted(DSLContext dsl, String entity, UUID recordId) {
        if (JooqGroups.ENTITY.equals(entity)) {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.eq(recordId)).execute();
        } else if ("contact".equals(entity)) {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.eq(recordId)).execute();
        }
    }

    @Override
    public List<Select<?>> contents(DSLContext dsl) {
        return List.of(dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, GROUP_MEMBER.BY_HAND, GROUP_MEMBER.EXCLUDED).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.EXCLUDED.isTrue()))
                .orderBy(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID));
    }
}
