package org.svyaz.groups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.GROUP_MEMBER;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
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
        // a contact is in a group by hand or kept out of its rule, never both
        if (EXCLUDED_MEMBERS.equals(field)) {
            mark(dsl, recordId, linkedId, GROUP_MEMBER.EXCLUDED, GROUP_MEMBER.BY_HAND, linked);
        } else {
            mark(dsl, recordId, linkedId, GROUP_MEMBER.BY_HAND, GROUP_MEMBER.EXCLUDED, linked);
        }
    }

    /** Sets or clears one way of belonging; a row that says nothing any more goes. */
    private static void mark(DSLContext dsl, UUID groupId, UUID contactId, Field<Boolean> how, Field<Boolean> opposite, boolean on) {
        var member = GROUP_MEMBER.GROUP_ID.eq(groupId).and(GROUP_MEMBER.CONTACT_ID.eq(contactId));
        if (on) {
            int updated = dsl.update(GROUP_MEMBER).set(how, true).set(opposite, false).where(member).execute();
            if (updated == 0) {
                dsl.insertInto(GROUP_MEMBER, GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, how,
                                GROUP_MEMBER.COMPANY_SEARCH, GROUP_MEMBER.LAST_NAME_SEARCH, GROUP_MEMBER.FIRST_NAME_SEARCH)
                        .select(dsl.select(DSL.val(groupId), CONTACT.ID, DSL.val(true), CONTACT.COMPANY_SEARCH, CONTACT.LAST_NAME_SEARCH,
                                CONTACT.FIRST_NAME_SEARCH).from(CONTACT).where(CONTACT.ID.eq(contactId)))
                        .execute();
            }
        } else {
            dsl.update(GROUP_MEMBER).set(how, false).where(member).execute();
            dsl.deleteFrom(GROUP_MEMBER).where(member).and(GROUP_MEMBER.BY_HAND.isFalse()).and(GROUP_MEMBER.BY_RULE.isFalse())
                    .and(GROUP_MEMBER.EXCLUDED.isFalse()).execute();
        }
    }

    @Override
    public void recordsDeleted(DSLContext dsl, String entity, Collection<UUID> recordIds) {
        if (JooqGroups.ENTITY.equals(entity)) {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.GROUP_ID.in(recordIds)).execute();
        } else if ("contact".equals(entity)) {
            dsl.deleteFrom(GROUP_MEMBER).where(GROUP_MEMBER.CONTACT_ID.in(recordIds)).execute();
        }
    }

    @Override
    public List<Select<?>> contents(DSLContext dsl) {
        return List.of(dsl.select(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID, GROUP_MEMBER.BY_HAND, GROUP_MEMBER.EXCLUDED).from(GROUP_MEMBER)
                .where(GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.EXCLUDED.isTrue()))
                .orderBy(GROUP_MEMBER.GROUP_ID, GROUP_MEMBER.CONTACT_ID));
    }
}
