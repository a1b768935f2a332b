package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Record3;
import org.jooq.Select;
import org.jooq.SortField;
import org.springframework.stereotype.Repository;
import org.svyaz.schema.tables.records.ActivityContactRecord;

/**
 * The contacts of activities: memberships of each activity, as a group's members are of the
 * group, not records of their own. They are journaled with their activity: its CREATE entry
 * carries its {@code contacts}, later changes are LINK and UNLINK entries of that field. So the
 * statements here are not run by themselves: the callers hand them to the journal, which runs
 * them with the entries.
 */
@Repository
public class JooqActivityContacts {

    /**
     * The place of every contact added to an activity after it was created: after those it was
     * created with, among themselves in the order of their ids. An addition is a link, and two
     * databases may link contacts to one activity at once; numbering each after the last one
     * there would order them by which arrived first, differently in each database.
     */
    public static final int ADDED_LATER = Integer.MAX_VALUE;

    private final DSLContext dsl;

    JooqActivityContacts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The contacts of an activity: those it was created with in the order given, then those added later (see {@link #ADDED_LATER}). */
    public List<ActivityContactRecord> of(UUID activityId) {
        return dsl.selectFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId)).orderBy(ORDER).fetch();
    }

    /** The order of an activity's contacts. */
    static final List<SortField<?>> ORDER = List.of(ACTIVITY_CONTACT.POSITION.asc(), ACTIVITY_CONTACT.CONTACT_ID.asc());

    /** The memberships of a contact, one per activity it is in. */
    public List<ActivityContactRecord> ofContact(UUID contactId) {
        return dsl.selectFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.CONTACT_ID.eq(contactId)).fetch();
    }

    /** The statement adding contacts to an existing activity, each {@link #ADDED_LATER}. */
    public Query adding(UUID activityId, List<UUID> contactIds) {
        List<ActivityContactRecord> rows = rows(activityId, contactIds, 0);
        rows.forEach(row -> row.setPosition(ADDED_LATER));
        return dsl.insertInto(ACTIVITY_CONTACT).columns(ACTIVITY_CONTACT.fields())
                .valuesOfRecords(rows.stream().map(row -> (Record) row).toList());
    }

    /** The statement adding the memberships that {@code rows} selects (activity, contact, position), however many. */
    public Query addingSelected(Select<? extends Record3<UUID, UUID, Integer>> rows) {
        return dsl.insertInto(ACTIVITY_CONTACT, ACTIVITY_CONTACT.ACTIVITY_ID, ACTIVITY_CONTACT.CONTACT_ID, ACTIVITY_CONTACT.POSITION)
                .select(rows);
    }

    public Query removing(UUID activityId, Collection<UUID> contactIds) {
        return dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId))
                .and(ACTIVITY_CONTACT.CONTACT_ID.in(contactIds));
    }

    public Query removingAllOf(UUID activityId) {
        return dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.eq(activityId));
    }

    /** The membership rows of the activity for the contacts, numbered from {@code firstPosition} on. */
    List<ActivityContactRecord> rows(UUID activityId, List<UUID> contactIds, int firstPosition) {
        List<ActivityContactRecord> rows = new ArrayList<>();
        for (UUID contactId : contactIds) {
            ActivityContactRecord row = dsl.newRecord(ACTIVITY_CONTACT);
            row.setActivityId(activityId);
            row.setContactId(contactId);
            row.setPosition(firstPosition + rows.size());
            rows.add(row);
        }
        return rows;
    }
}
