package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY_CONTACT;
import static org.svyaz.schema.Tables.CONTACT;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Select;
import org.springframework.stereotype.Component;
import org.svyaz.journal.BulkInsert;
import org.svyaz.journal.JournalValues;
import org.svyaz.journal.SideValues;
import org.svyaz.schema.tables.records.ActivityContactRecord;

/**
 * On the journal's apply path: an activity's {@code contacts}, a list in its creation, then links;
 * a linked one takes the place of every contact added later ({@link JooqActivityContacts#ADDED_LATER}),
 * whichever database's link arrives first. A contact this database no longer holds
 * is left out: it was deleted here while another database added it, and its deletion took it out
 * of every activity, as the other database does when the deletion arrives there.
 */
@Component
class ActivityContactsKept implements SideValues {

    @Override
    public boolean keeps(String entity, String field) {
        return JooqActivities.ENTITY.equals(entity) && JooqActivities.CONTACTS.equals(field);
    }

    @Override
    public void set(DSLContext dsl, String entity, UUID recordId, String field, JsonNode value) {
        setAll(dsl, entity, List.of(new Value(recordId, field, value)));
    }

    /** Each activity's contacts are its last list: the old ones go in one statement, the new ones in one batch. */
    @Override
    public void setAll(DSLContext dsl, String entity, List<Value> values) {
        Map<UUID, JsonNode> lists = new LinkedHashMap<>();
        values.forEach(value -> lists.put(value.recordId(), value.value()));
        dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.in(lists.keySet())).execute();
        Set<UUID> held = held(dsl, lists.values());
        List<ActivityContactRecord> rows = new ArrayList<>();
        lists.forEach((activityId, list) -> {
            int position = 0;
            for (JsonNode contact : list == null ? List.<JsonNode>of() : list) {
                UUID contactId = JournalValues.as(contact, UUID.class);
                // a contact left out keeps its place, as the deletion leaves the others' where it was made
                if (held.contains(contactId)) {
                    rows.add(new ActivityContactRecord(activityId, contactId, position));
                }
                position++;
            }
        });
        if (!rows.isEmpty()) {
            BulkInsert.insert(dsl, rows);
        }
    }

    /** Those of the lists' contacts that this database holds. */
    private static Set<UUID> held(DSLContext dsl, Collection<JsonNode> lists) {
        Set<UUID> listed = new HashSet<>();
        lists.forEach(list -> (list == null ? List.<JsonNode>of() : list).forEach(contact -> listed.add(JournalValues.as(contact, UUID.class))));
        return listed.isEmpty() ? Set.of() : new HashSet<>(dsl.select(CONTACT.ID).from(CONTACT).where(CONTACT.ID.in(listed)).fetch(CONTACT.ID));
    }

    @Override
    public void link(DSLContext dsl, String entity, UUID recordId, String field, UUID linkedId, boolean linked) {
        var membership = ACTIVITY_CONTACT.ACTIVITY_ID.eq(recordId).and(ACTIVITY_CONTACT.CONTACT_ID.eq(linkedId));
        if (!linked) {
            dsl.deleteFrom(ACTIVITY_CONTACT).where(membership).execute();
        } else if (!dsl.fetchExists(ACTIVITY_CONTACT, membership) && dsl.fetchExists(CONTACT, CONTACT.ID.eq(linkedId))) {
            insert(dsl, recordId, linkedId, JooqActivityContacts.ADDED_LATER);
        }
    }

    private static void insert(DSLContext dsl, UUID activityId, UUID contactId, int position) {
        dsl.insertInto(ACTIVITY_CONTACT)
                .set(ACTIVITY_CONTACT.ACTIVITY_ID, activityId)
                .set(ACTIVITY_CONTACT.CONTACT_ID, contactId)
                .set(ACTIVITY_CONTACT.POSITION, position)
                .execute();
    }

    @Override
    public void recordsDeleted(DSLContext dsl, String entity, Collection<UUID> recordIds) {
        if (JooqActivities.ENTITY.equals(entity)) {
            dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.ACTIVITY_ID.in(recordIds)).execute();
        } else if ("contact".equals(entity)) {
            dsl.deleteFrom(ACTIVITY_CONTACT).where(ACTIVITY_CONTACT.CONTACT_ID.in(recordIds)).execute();
        }
    }

    @Override
    public List<Select<?>> contents(DSLContext dsl) {
        return List.of(dsl.select(ACTIVITY_CONTACT.ACTIVITY_ID, ACTIVITY_CONTACT.CONTACT_ID, ACTIVITY_CONTACT.POSITION).from(ACTIVITY_CONTACT)
                .orderBy(ACTIVITY_CONTACT.ACTIVITY_ID, ACTIVITY_CONTACT.CONTACT_ID));
    }
}
