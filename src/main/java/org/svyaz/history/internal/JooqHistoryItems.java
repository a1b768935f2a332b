package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.HISTORY_ITEM;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.history.HistoryItem;
import org.svyaz.history.HistoryItemNotFound;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.HistoryItemRecord;

/** History items in the {@code history_item} table; every write goes through the journal. */
@Repository
public class JooqHistoryItems {

    private static final String ENTITY = "history";

    private final DSLContext dsl;
    private final JournaledWrites writes;

    JooqHistoryItems(DSLContext dsl, JournaledWrites writes) {
        this.dsl = dsl;
        this.writes = writes;
    }

    /** A private history item is seen by its user alone. */
    static Condition visibleTo(UUID viewer) {
        return HISTORY_ITEM.IS_PRIVATE.isFalse().or(HISTORY_ITEM.USER_ID.eq(viewer));
    }

    public HistoryItem insert(UUID contactId, NewHistoryItem item, UUID user, OffsetDateTime occurredAt) {
        HistoryItemRecord record = dsl.newRecord(HISTORY_ITEM);
        record.setContactId(contactId);
        record.setKind(item.kind().name());
        record.setActivityType(item.activityType());
        record.setResult(item.result());
        record.setRegarding(item.regarding());
        record.setDetails(item.details());
        record.setIsPrivate(item.isPrivate());
        record.setUserId(user);
        record.setOccurredAt(occurredAt);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return toItem(writes.insert(ENTITY, record, contactId));
    }

    public HistoryItem update(UUID itemId, NewHistoryItem item, OffsetDateTime occurredAt, long expectedVersion) {
        HistoryItemRecord record = fetch(itemId);
        record.setActivityType(item.activityType());
        record.setResult(item.result());
        record.setRegarding(item.regarding());
        record.setDetails(item.details());
        record.setIsPrivate(item.isPrivate());
        record.setOccurredAt(occurredAt);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, record, expectedVersion, record.getContactId());
        return toItem(record);
    }

    public void delete(UUID itemId) {
        HistoryItemRecord record = fetch(itemId);
        writes.delete(ENTITY, record, record.getContactId());
    }

    public void deleteAllOfContact(UUID contactId) {
        dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.CONTACT_ID.eq(contactId)).fetch()
                .forEach(item -> writes.delete(ENTITY, item, contactId));
    }

    public Optional<HistoryItem> visible(UUID itemId, UUID viewer) {
        return dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.ID.eq(itemId)).and(visibleTo(viewer))
                .fetchOptional(JooqHistoryItems::toItem);
    }

    private HistoryItemRecord fetch(UUID itemId) {
        return dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.ID.eq(itemId)).fetchOptional().orElseThrow(HistoryItemNotFound::new);
    }

    static HistoryItem toItem(HistoryItemRecord r) {
        return new HistoryItem(r.getId(), r.getContactId(), HistoryKind.valueOf(r.getKind()), r.getActivityType(), r.getResult(),
                r.getRegarding(), r.getDetails(), r.getIsPrivate(), r.getUserId(), r.getOccurredAt(), r.getVersion());
    }
}
