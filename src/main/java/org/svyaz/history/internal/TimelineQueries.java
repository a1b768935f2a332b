package org.svyaz.history.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.GROUP_MEMBER;
import static org.svyaz.schema.Tables.HISTORY_ITEM;
import static org.svyaz.schema.Tables.NOTE;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.access.Access;
import org.svyaz.access.Visibility;
import org.svyaz.history.HistoryKind;
import org.svyaz.history.TimelineEntry;
import org.svyaz.history.TimelineFilter;
import org.svyaz.history.TimelinePage;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.RecordOwner;

/**
 * The Notes/History tab: notes and history items of a contact or a group merged newest first.
 * Each table is read by keyset from its (owner, time, id) index, so a page costs the same at any
 * depth. A group's tab may roll up the items of its member contacts (SPEC G7) as well, of the
 * members the viewer sees.
 */
@Component
public class TimelineQueries {

    /** Newest first; ties broken by id, compared as the databases compare UUIDs (unsigned). */
    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing((TimelineEntry entry) -> entry.occurredAt().toInstant())
            .thenComparing(TimelineEntry::id, TimelineQueries::compareUnsigned)
            .reversed();

    private final DSLContext dsl;
    private final DisplayTime time;

    TimelineQueries(DSLContext dsl, DisplayTime time) {
        this.dsl = dsl;
        this.time = time;
    }

    public TimelinePage page(RecordOwner owner, boolean withMembers, UUID viewer, TimelineFilter filter, String cursor, int limit) {
        Condition noteOwner = ownedBy(owner, withMembers, viewer, NOTE.CONTACT_ID, NOTE.GROUP_ID);
        Condition itemOwner = ownedBy(owner, withMembers, viewer, HISTORY_ITEM.CONTACT_ID, HISTORY_ITEM.GROUP_ID);
        Position after = cursor == null ? null : Position.decode(cursor);
        Set<HistoryKind> kinds = filter.effectiveKinds();
        List<TimelineEntry> notes = kinds.contains(HistoryKind.NOTE) ? notes(noteOwner, viewer, filter, after, limit + 1) : List.of();
        List<String> itemKinds = kinds.stream().filter(kind -> kind != HistoryKind.NOTE).map(Enum::name).toList();
        List<TimelineEntry> items = itemKinds.isEmpty() ? List.of() : items(itemOwner, viewer, itemKinds, filter, after, limit + 1);
        List<TimelineEntry> merged = Stream.concat(notes.stream(), items.stream()).sorted(NEWEST_FIRST).toList();
        if (merged.size() <= limit) {
            return new TimelinePage(merged, null);
        }
        List<TimelineEntry> page = new ArrayList<>(merged.subList(0, limit));
        TimelineEntry last = page.get(page.size() - 1);
        return new TimelinePage(page, new Position(last.occurredAt(), last.id()).encode());
    }

    /** How many entries the filter lets through, for the API's list total. */
    public long count(RecordOwner owner, boolean withMembers, UUID viewer, TimelineFilter filter) {
        Set<HistoryKind> kinds = filter.effectiveKinds();
        long notes = !kinds.contains(HistoryKind.NOTE) ? 0 : dsl.fetchCount(NOTE, ownedBy(owner, withMembers, viewer, NOTE.CONTACT_ID, NOTE.GROUP_ID)
                .and(JooqNotes.visibleTo(viewer)).and(within(NOTE.NOTED_AT, filter)));
        List<String> itemKinds = kinds.stream().filter(kind -> kind != HistoryKind.NOTE).map(Enum::name).toList();
        long items = itemKinds.isEmpty() ? 0 : dsl.fetchCount(HISTORY_ITEM, ownedBy(owner, withMembers, viewer, HISTORY_ITEM.CONTACT_ID, HISTORY_ITEM.GROUP_ID)
                .and(HISTORY_ITEM.KIND.in(itemKinds)).and(JooqHistoryItems.visibleTo(viewer))
                .and(within(HISTORY_ITEM.OCCURRED_AT, filter)));
        return notes + items;
    }

    /** The owner's rows, and with {@code withMembers} those of the group's members the viewer sees. */
    private static Condition ownedBy(RecordOwner owner, boolean withMembers, UUID viewer, Field<UUID> contactId, Field<UUID> groupId) {
        if (!owner.isGroup()) {
            return contactId.eq(owner.id());
        }
        if (!withMembers) {
            return groupId.eq(owner.id());
        }
        return groupId.eq(owner.id()).or(contactId.in(DSL.select(GROUP_MEMBER.CONTACT_ID).from(GROUP_MEMBER)
                .join(CONTACT).on(CONTACT.ID.eq(GROUP_MEMBER.CONTACT_ID))
                .where(GROUP_MEMBER.GROUP_ID.eq(owner.id()))
                .and(GROUP_MEMBER.BY_HAND.isTrue().or(GROUP_MEMBER.BY_RULE.isTrue())).and(GROUP_MEMBER.EXCLUDED.isFalse())
                .and(Visibility.visibleTo(viewer, CONTACT.ACCESS, CONTACT.RECORD_MANAGER_ID, CONTACT.ID))));
    }

    private List<TimelineEntry> notes(Condition owner, UUID viewer, TimelineFilter filter, Position after, int limit) {
        return dsl.selectFrom(NOTE)
                .where(owner)
                .and(JooqNotes.visibleTo(viewer))
                .and(within(NOTE.NOTED_AT, filter))
                .and(after == null ? DSL.noCondition() : DSL.row(NOTE.NOTED_AT, NOTE.ID).lt(after.occurredAt(), after.id()))
                .orderBy(NOTE.NOTED_AT.desc(), NOTE.ID.desc())
                .limit(limit)
                .fetch(note -> new TimelineEntry(note.getId(), HistoryKind.NOTE, note.getBody(), "", null, null,
                        Access.isPrivate(note.getAccess()), note.getAuthorId(), note.getNotedAt(), note.getVersion(), note.getContactId()));
    }

    private List<TimelineEntry> items(Condition owner, UUID viewer, List<String> kinds, TimelineFilter filter, Position after,
            int limit) {
        return dsl.selectFrom(HISTORY_ITEM)
                .where(owner)
                .and(HISTORY_ITEM.KIND.in(kinds))
                .and(JooqHistoryItems.visibleTo(viewer))
                .and(within(HISTORY_ITEM.OCCURRED_AT, filter))
                .and(after == null ? DSL.noCondition()
                        : DSL.row(HISTORY_ITEM.OCCURRED_AT, HISTORY_ITEM.ID).lt(after.occurredAt(), after.id()))
                .orderBy(HISTORY_ITEM.OCCURRED_AT.desc(), HISTORY_ITEM.ID.desc())
                .limit(limit)
                .fetch(item -> new TimelineEntry(item.getId(), HistoryKind.valueOf(item.getKind()), item.getRegarding(),
                        item.getDetails(), item.getActivityType(), item.getResult(), Access.isPrivate(item.getAccess()), item.getUserId(),
                        item.getOccurredAt(), item.getVersion(), item.getContactId()));
    }

    private Condition within(Field<OffsetDateTime> occurredAt, TimelineFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.from() != null) {
            condition = condition.and(occurredAt.ge(time.startOf(filter.from())));
        }
        if (filter.to() != null) {
            condition = condition.and(occurredAt.lt(time.startOf(filter.to().plusDays(1))));
        }
        return condition;
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Where a page ends: the time and id of its last entry. */
    private record Position(OffsetDateTime occurredAt, UUID id) {

        String encode() {
            String text = occurredAt.toInstant() + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String cursor) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 2);
                return new Position(OffsetDateTime.parse(parts[0].replace("Z", "+00:00")), UUID.fromString(parts[1]));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException | DateTimeParseException e) {
                throw InvalidInput.of("after", "error.cursor");
            }
        }
    }
}
