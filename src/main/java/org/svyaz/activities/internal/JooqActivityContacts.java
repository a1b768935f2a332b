package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Select;
import org.springframework.stereotype.Repository;
import org.svyaz.journal.BulkInsert;
import org.svyaz.schema.tables.records.ActivityContactRecord;

/**
 * The contacts of activities: memberships of each activity, as a group's members are of the
 * group, not records of their own. They are journaled with their activity, which the callers
 * write through the journal in the same transaction: its CREATE entry carries its
 * {@code contacts}, later changes are LINK and UNLINK entries of that field.
 */
@Repository
public class JooqActivityContacts {

    private final DSLContext dsl;

    JooqActivityContacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The contacts of an activity, in the order they were given. */
    public List<ActivityContactRecord> of(UUID activityId) {
        return dsl.selectFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId)).orderBy(ACTIVITY_CONTACT.POSITION)
                .fetch();
    }

    /** The memberships of a contact, one per activity it is in. */
    public List<ActivityContactRecord> ofContact(UUID contactId) {
        return dsl.selectFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.CONTACT_ID.eq(contactId)).fetch();
    }

    /** Adds the contacts to the activity, numbered from {@code firstPosition} on. */
    public void add(UUID activityId, List<UUID> contactIds, int firstPosition) {
        addAll(rows(activityId, contactIds, firstPosition));
    }

    /** Adds the memberships of many activities at once (see {@link #rows}). */
    public void addAll(List<ActivityContactRecord> rows) {
        BulkInsert.insert(dsl, rows);
    }

    /** Adds the memberships that {@code rows} selects (activity, contact, position), however many; returns how many. */
    public int addSelected(Select<? extends Record3<UUID, UUID, Integer>> rows) {
        return dsl.insertInto(ACTIVITY_CONTACT, ACTIVITY_CONTACT.ACTIVITY_ID, ACTIVITY_CONTACT.CONTACT_ID, ACTIVITY_CONTACT.POSITION)
                .select(rows)
                .execute();
    }

    public void remove(UUID activityId, Collection<UUID> contactIds) {
        dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId)).and(ACTIVITY_CONTACT.CONTACT_ID.in(contactIds))
                .execute();
    }

    public void removeAllOf(UUID activityId) {
        dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId)).execute();
    }

    public void removeContact(UUID contactId) {
        dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.CONTACT_ID.eq(contactId)).execute();
    }

    /** The membership rows of the activity for the contacts, numbered from {@code firstPosition} on. */
    static List<ActivityContactRecord> rows(UUID activityId, List<UUID> contactIds, int firstPosition) {
        List<ActivityContactRecord> rows = new ArrayList<>();
        for (UUID contactId : contactIds) {
            rows.add(new ActivityContactRecord(activityId, contactId, firstPosition + rows.size()));
        }
        return rows;
    }
}
