package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CONTACT_TAG;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Tags in {@code contact_tag}: a user's working state, written directly (not a record that is
 * journaled or synchronized).
 */
@Repository
public class JooqTags {

    private final DSLContext dsl;

    JooqTags(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void tag(UUID userId, UUID contactId) {
        dsl.insertInto(CONTACT_TAG).set(CONTACT_TAG.USER_ID, userId).set(CONTACT_TAG.CONTACT_ID, contactId)
                .onConflictDoNothing().execute();
    }

    public void untag(UUID userId, UUID contactId) {
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.USER_ID.eq(userId)).and(CONTACT_TAG.CONTACT_ID.eq(contactId)).execute();
    }

    /** One INSERT ... SELECT: the database tags the whole lookup without sending it anywhere. */
    public int tagAll(UUID userId, Condition lookup) {
        return dsl.insertInto(CONTACT_TAG, CONTACT_TAG.USER_ID, CONTACT_TAG.CONTACT_ID)
                .select(dsl.select(DSL.val(userId), CONTACT.ID).from(CONTACT)
                        .where(lookup)
                        .andNotExists(DSL.selectOne().from(CONTACT_TAG)
                                .where(CONTACT_TAG.USER_ID.eq(userId)).and(CONTACT_TAG.CONTACT_ID.eq(CONTACT.ID))))
                .execute();
    }

    public void untagAll(UUID userId) {
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.USER_ID.eq(userId)).execute();
    }

    public void forget(UUID contactId) {
        dsl.deleteFrom(CONTACT_TAG).where(CONTACT_TAG.CONTACT_ID.eq(contactId)).execute();
    }

    public Set<UUID> taggedAmong(UUID userId, Collection<UUID> contactIds) {
        return dsl.select(CONTACT_TAG.CONTACT_ID).from(CONTACT_TAG)
                .where(CONTACT_TAG.USER_ID.eq(userId)).and(CONTACT_TAG.CONTACT_ID.in(contactIds))
                .fetchSet(CONTACT_TAG.CONTACT_ID);
    }

    public long count(UUID userId, Condition visible) {
        return dsl.fetchCount(dsl.selectOne().from(CONTACT_TAG).join(CONTACT).on(CONTACT.ID.eq(CONTACT_TAG.CONTACT_ID))
                .where(CONTACT_TAG.USER_ID.eq(userId)).and(visible));
    }
}
