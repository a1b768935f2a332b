package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_TYPE;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivitiesStamp;
import org.svyaz.activities.ActivityTimes;
import org.svyaz.activities.Priority;
import org.svyaz.schema.tables.records.ActivityRecord;

/**
 * The task list's query. A user's open activities of a few days are read from the
 * (owner, starts_at) index (on PostgreSQL a partial one over open activities alone), past due
 * ones from its part before today. Days are those of the viewer's zone: a timed activity is on
 * the day its start falls on there, a timeless one on its own date wherever it is read.
 */
@Component
public class TaskListQueries {

    /** The most hours two zones' clocks differ (UTC-12 to UTC+14). */
    private static final int ZONES_APART = 26;

    private final DSLContext dsl;

    TaskListQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What to read: {@code owners} null means every user's; {@code from}/{@code to} may be null,
     * days of {@code zone}; {@code openOnly} leaves cleared activities out, {@code clearedFrom},
     * when set, those before that day; {@code touching}, when set, leaves out those that neither
     * are on that day or later nor run into it.
     */
    public record Query(Collection<UUID> owners, Set<String> types, Set<Priority> priorities, LocalDate from, LocalDate to,
            ZoneId zone, boolean openOnly, LocalDate clearedFrom, String sort, boolean descending, LocalDate touching) {

        /**
         * The activities that touch a day from {@code from} on: those of the date range and those
         * that began before it, up to the longest an activity lasts, and still run into it.
         */
        public Query touchingFromStart() {
            if (from == null) {
                return this;
            }
            return new Query(owners, types, priorities, from.minusDays(ActivityRules.MAX_DURATION / (24 * 60)), to, zone, openOnly,
                    clearedFrom, sort, descending, from);
        }
    }

    public List<ActivityRecord> page(Query query, int offset, int limit) {
        return dsl.selectFrom(ACTIVITY).where(conditions(query))
                .orderBy(order(query))
                .limit(limit).offset(offset)
                .fetch();
    }

    /** Each activity's date, time and duration as the query's zone reads them, in no particular order. */
    public List<ActivityTimes> times(Query query) {
        return dsl.select(ACTIVITY.ACTIVITY_DATE, ACTIVITY.START_TIME, ACTIVITY.DURATION_MINUTES, ACTIVITY.STARTS_AT).from(ACTIVITY)
                .where(conditions(query))
                .fetch(row -> {
                    if (row.value2() == null) {
                        return new ActivityTimes(row.value1(), null, row.value3());
                    }
                    LocalDateTime there = row.value4().atOffset(ZoneOffset.UTC).atZoneSameInstant(query.zone()).toLocalDateTime();
                    return new ActivityTimes(there.toLocalDate(), there.toLocalTime(), row.value3());
                });
    }

    /** How many activities the query finds, the sum of their versions and their latest change, in one statement. */
    public ActivitiesStamp stamp(Query query) {
        var row = dsl.select(DSL.count(), DSL.sum(ACTIVITY.VERSION), DSL.max(ACTIVITY.UPDATED_AT)).from(ACTIVITY)
                .where(conditions(query)).fetchOne();
        return new ActivitiesStamp(row.value1(), row.value2() == null ? 0 : row.value2().longValue(), row.value3());
    }

    public long count(Query query) {
        return dsl.fetchCount(ACTIVITY, conditions(query));
    }

    private static Condition conditions(Query query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.owners() != null) {
            conditions.add(query.owners().size() == 1 ? ACTIVITY.OWNER_ID.eq(query.owners().iterator().next())
                    : ACTIVITY.OWNER_ID.in(query.owners()));
        }
        if (!query.types().isEmpty()) {
            conditions.add(ACTIVITY.TYPE_ID.in(DSL.select(ACTIVITY_TYPE.ID).from(ACTIVITY_TYPE).where(ACTIVITY_TYPE.CODE.in(query.types()))));
        }
        if (!query.priorities().isEmpty()) {
            conditions.add(ACTIVITY.PRIORITY.in(query.priorities().stream().map(Enum::name).toList()));
        }
        if (query.from() != null || query.to() != null) {
            conditions.add(days(query));
        }
        if (query.openOnly()) {
            conditions.add(ACTIVITY.CLEARED_AT.isNull());
        }
        if (query.clearedFrom() != null && !query.openOnly()) {
            conditions.add(ACTIVITY.CLEARED_AT.isNull().or(ACTIVITY.STARTS_AT.ge(DSL.inline(utc(query.clearedFrom(), query.zone())))));
        }
        if (query.touching() != null) {
            conditions.add(ACTIVITY.ENDS_AT.gt(utc(query.touching(), query.zone()))
                    .or(ACTIVITY.START_TIME.isNull().and(ACTIVITY.ACTIVITY_DATE.ge(query.touching()))));
        }
        return DSL.and(conditions);
    }

    /**
     * The days as a span of starts_at, which the owner's indexes are on, widened by the most two
     * zones differ (26 hours) so that it holds the timeless activities of any zone; then exactly:
     * timed ones by their instant, timeless ones by their date. Written into the statement rather
     * than bound: PostgreSQL plans a bound statement once for any span after a few runs, and that
     * plan read a past-due list of thousands in parallel workers, four times slower on two cores.
     */
    private static Condition days(Query query) {
        List<Condition> span = new ArrayList<>();
        List<Condition> timed = new ArrayList<>(List.of(ACTIVITY.START_TIME.isNotNull()));
        List<Condition> timeless = new ArrayList<>(List.of(ACTIVITY.START_TIME.isNull()));
        if (query.from() != null) {
            LocalDateTime start = utc(query.from(), query.zone());
            span.add(ACTIVITY.STARTS_AT.ge(DSL.inline(start.minusHours(ZONES_APART))));
            timed.add(ACTIVITY.STARTS_AT.ge(DSL.inline(start)));
            timeless.add(ACTIVITY.ACTIVITY_DATE.ge(DSL.inline(query.from())));
        }
        if (query.to() != null) {
            LocalDateTime end = utc(query.to().plusDays(1), query.zone());
            span.add(ACTIVITY.STARTS_AT.lt(DSL.inline(end.plusHours(ZONES_APART))));
            timed.add(ACTIVITY.STARTS_AT.lt(DSL.inline(end)));
            timeless.add(ACTIVITY.ACTIVITY_DATE.le(DSL.inline(query.to())));
        }
        return DSL.and(span).and(DSL.and(timed).or(DSL.and(timeless)));
    }

    /** The first instant of the day in the zone, as the UTC timestamp starts_at keeps. */
    private static LocalDateTime utc(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** By the chosen column, then by start and id, so that equal values keep a stable order. */
    private static List<SortField<?>> order(Query query) {
        List<SortField<?>> order = new ArrayList<>();
        boolean desc = query.descending();
        switch (query.sort() == null ? "date" : query.sort()) {
            case "type" -> {
                // by the code the list shows; an activity refers to its type by id
                Field<String> code = DSL.field(DSL.select(ACTIVITY_TYPE.CODE).from(ACTIVITY_TYPE).where(ACTIVITY_TYPE.ID.eq(ACTIVITY.TYPE_ID)));
                order.add(desc ? code.desc() : code.asc());
            }
            case "priority" -> order.add(priorityRank(desc));
            case "regarding" -> order.add(desc ? ACTIVITY.REGARDING.desc() : ACTIVITY.REGARDING.asc());
            case "user" -> order.add(desc ? ACTIVITY.OWNER_ID.desc() : ACTIVITY.OWNER_ID.asc());
            case "time" -> order.add(desc ? ACTIVITY.START_TIME.desc().nullsLast() : ACTIVITY.START_TIME.asc().nullsFirst());
            default -> {
                Field<LocalDateTime> start = startOnViewersDay(query.zone());
                order.add(desc ? start.desc() : start.asc());
                order.add(desc ? ACTIVITY.ID.desc() : ACTIVITY.ID.asc());
                return order;
            }
        }
        order.add(startOnViewersDay(query.zone()).asc());
        order.add(ACTIVITY.ID.asc());
        return order;
    }

    /**
     * When an activity comes in the viewer's day: a timed one at its start, a timeless one, which
     * belongs to its date in every zone, at the start of that date on the viewer's clock (first).
     */
    private static Field<LocalDateTime> startOnViewersDay(ZoneId viewer) {
        int offset = viewer.getRules().getOffset(Instant.now()).getTotalSeconds();
        Field<LocalDateTime> dayStart = DSL.localDateTimeAdd(ACTIVITY.ACTIVITY_DATE.cast(SQLDataType.LOCALDATETIME),
                DSL.inline(-offset), DatePart.SECOND);
        return DSL.when(ACTIVITY.START_TIME.isNull(), dayStart).otherwise(ACTIVITY.STARTS_AT);
    }

    /** High before medium before low, not alphabetically. */
    private static SortField<Integer> priorityRank(boolean descending) {
        var rank = DSL.when(ACTIVITY.PRIORITY.eq(Priority.HIGH.name()), 1).when(ACTIVITY.PRIORITY.eq(Priority.MEDIUM.name()), 2)
                .otherwise(3);
        return descending ? rank.desc() : rank.asc();
    }
}
