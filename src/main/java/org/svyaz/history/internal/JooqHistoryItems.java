package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.HISTORY_ITEM;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.svyaz.access.Access;
import org.svyaz.access.Visibility;
import org.svyaz.history.HistoryItem;
import org.svyaz.history.HistoryItemNotFound;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.NewHistoryItem;
import org.svyaz.journal.JournaledWrites;
import org.svyaz.schema.tables.records.HistoryItemRecord;
import org.svyaz.shell.RecordOwner;

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
        return Visibility.visibleTo(viewer, HISTORY_ITEM.ACCESS, HISTORY_ITEM.USER_ID, HISTORY_ITEM.ID);
    }

    /** The owners of those of the records that exist and are not another user's private ones. */
    public Map<UUID, RecordOwner> visibleOwners(Collection<UUID> ids, UUID viewer) {
        return dsl.select(HISTORY_ITEM.ID, HISTORY_ITEM.CONTACT_ID, HISTORY_ITEM.GROUP_ID).from(HISTORY_ITEM).where(HISTORY_ITEM.ID.in(ids)).and(visibleTo(viewer))
                .fetchMap(HISTORY_ITEM.ID, row -> new RecordOwner(row.value2(), row.value3()));
    }

    public HistoryItem insert(RecordOwner owner, NewHistoryItem item, UUID user, OffsetDateTime occurredAt) {
        return insert(owner, item, user, occurredAt, null);
    }

    /** Inserts an item that {@code activityId}'s clearing wrote (null: none did). */
    public HistoryItem insert(RecordOwner owner, NewHistoryItem item, UUID user, OffsetDateTime occurredAt, UUID activityId) {
        HistoryItemRecord record = dsl.newRecord(HISTORY_ITEM);
        record.setActivityId(activityId);
        record.setContactId(owner.contactId());
        record.setGroupId(owner.groupId());
        record.setKind(item.kind().name());
        record.setActivityType(item.activityType());
        record.setResult(item.result());
        record.setRegarding(item.regarding());
        record.setDetails(item.details());
        record.setAccess(Access.privateIf(item.isPrivate()));
        record.setUserId(user);
        record.setOccurredAt(occurredAt);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        return toItem(writes.insert(ENTITY, record, owner.id()));
    }

    public HistoryItem update(UUID itemId, NewHistoryItem item, OffsetDateTime occurredAt, long expectedVersion) {
        HistoryItemRecord record = fetch(itemId);
        record.setActivityType(item.activityType());
        record.setResult(item.result());
        record.setRegarding(item.regarding());
        record.setDetails(item.details());
        record.setAccess(Access.privateIf(item.isPrivate()));
        record.setOccurredAt(occurredAt);
        record.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        writes.update(ENTITY, record, expectedVersion, parentOf(record));
        return toItem(record);
    }

    /** The ids of the items that the activity's clearing wrote. */
    public List<UUID> ofActivity(UUID activityId) {
        return dsl.select(HISTORY_ITEM.ID).from(HISTORY_ITEM).where(HISTORY_ITEM.ACTIVITY_ID.eq(activityId)).fetch(HISTORY_ITEM.ID);
    }

    /** The item's current version, for an update made on behalf of the module that wrote it. */
    public long versionOf(UUID itemId) {
        return fetch(itemId).getVersion();
    }

    public void delete(UUID itemId) {
        HistoryItemRecord record = fetch(itemId);
        writes.delete(ENTITY, record, parentOf(record));
    }

    public void deleteAllOf(RecordOwner owner) {
        dsl.selectFrom(HISTORY_ITEM).where(owner.isGroup() ? HISTORY_ITEM.GROUP_ID.eq(owner.id()) : HISTORY_ITEM.CONTACT_ID.eq(owner.id()))
                .fetch().forEach(item -> writes.delete(ENTITY, item, owner.id()));
    }

    /** Copies every history item of one group to another (a duplicate), each as a new item. */
    public void copyAll(UUID fromGroupId, UUID toGroupId) {
        List<HistoryItemRecord> copies = dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.GROUP_ID.eq(fromGroupId)).fetch().stream()
                .map(item -> {
                    HistoryItemRecord copy = item.copy();
                    copy.setGroupId(toGroupId);
                    return copy;
                }).toList();
        writes.insertAll(ENTITY, copies, HistoryItemRecord::getGroupId);
    }

    private static UUID parentOf(HistoryItemRecord record) {
        return record.getContactId() != null ? record.getContactId() : record.getGroupId();
    }

    public Optional<HistoryItem> visible(UUID itemId, UUID viewer) {
        return dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.ID.eq(itemId)).and(visibleTo(viewer))
                .fetchOptional(JooqHistoryItems::toItem);
    }

    private HistoryItemRecord fetch(UUID itemId) {
        return dsl.selectFrom(HISTORY_ITEM).where(HISTORY_ITEM.ID.eq(itemId)).fetchOptional().orElseThrow(HistoryItemNotFound::new);
    }

    static HistoryItem toItem(HistoryItemRecord r) {
        return new HistoryItem(r.getId(), r.getContactId(), r.getGroupId(), HistoryKind.valueOf(r.getKind()), r.getActivityType(), r.getResult(),
                r.getRegarding(), r.getDetails(), Access.isPrivate(r.getAccess()), r.getUserId(), r.getOccurredAt(), r.getVersion());
    }
}
