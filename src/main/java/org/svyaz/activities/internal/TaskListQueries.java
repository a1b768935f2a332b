package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivitiesStamp;
import org.svyaz.activities.ActivityTimes;
import org.svyaz.activities.Priority;
import org.svyaz.schema.tables.records.ActivityRecord;

/**
 * The task list's query. A user's open activities of a few days are read from the
 * (owner, date) index (on PostgreSQL a partial one over open activities alone), past due ones
 * from its part before today.
 */
@Component
public class TaskListQueries {

    private final DSLContext dsl;

    TaskListQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What to read: {@code owners} null means every user's; {@code from}/{@code to} may be null;
     * {@code openOnly} leaves cleared activities out; {@code endsAfter}, when set, leaves out
     * those that end by then.
     */
    public record Query(Collection<UUID> owners, Set<String> types, Set<Priority> priorities, LocalDate from, LocalDate to,
            boolean openOnly, String sort, boolean descending, LocalDateTime endsAfter) {

        /**
         * The activities that touch a day from {@code from} on: those of the date range and those
         * that began before it, up to the longest an activity lasts, and still run into it.
         */
        public Query touchingFromStart() {
            if (from == null) {
                return this;
            }
            return new Query(owners, types, priorities, from.minusDays(ActivityRules.MAX_DURATION / (24 * 60)), to, openOnly, sort,
                    descending, from.atStartOfDay());
        }
    }

    public List<ActivityRecord> page(Query query, int offset, int limit) {
        return dsl.selectFrom(ACTIVITY).where(conditions(query))
                .orderBy(order(query))
                .limit(limit).offset(offset)
                .fetch();
    }

    /** Each activity's date, time and duration, in no particular order. */
    public List<ActivityTimes> times(Query query) {
        return dsl.select(ACTIVITY.ACTIVITY_DATE, ACTIVITY.START_TIME, ACTIVITY.DURATION_MINUTES).from(ACTIVITY).where(conditions(query))
                .fetch(row -> new ActivityTimes(row.value1(), row.value2(), row.value3()));
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
            conditions.add(ACTIVITY.TYPE_CODE.in(query.types()));
        }
        if (!query.priorities().isEmpty()) {
            conditions.add(ACTIVITY.PRIORITY.in(query.priorities().stream().map(Enum::name).toList()));
        }
        // The dates as a span of starts_at (each activity's date at its time), which the owner's
        // indexes are on. Written into the statement rather than bound: PostgreSQL plans a bound
        // statement once for any span after a few runs, and that plan read a past-due list of
        // thousands in parallel workers, four times slower on two cores.
        if (query.from() != null) {
            conditions.add(ACTIVITY.STARTS_AT.ge(DSL.inline(query.from().atStartOfDay())));
        }
        if (query.to() != null) {
            conditions.add(ACTIVITY.STARTS_AT.lt(DSL.inline(query.to().plusDays(1).atStartOfDay())));
        }
        if (query.openOnly()) {
            conditions.add(ACTIVITY.CLEARED_AT.isNull());
        }
        if (query.endsAfter() != null) {
            conditions.add(ACTIVITY.ENDS_AT.gt(query.endsAfter()));
        }
        return DSL.and(conditions);
    }

    /** By the chosen column, then by date, time and id, so that equal values keep a stable order. */
    private static List<SortField<?>> order(Query query) {
        List<SortField<?>> order = new ArrayList<>();
        boolean desc = query.descending();
        switch (query.sort() == null ? "date" : query.sort()) {
            case "type" -> order.add(desc ? ACTIVITY.TYPE_CODE.desc() : ACTIVITY.TYPE_CODE.asc());
            case "priority" -> order.add(priorityRank(desc));
            case "regarding" -> order.add(desc ? ACTIVITY.REGARDING.desc() : ACTIVITY.REGARDING.asc());
            case "user" -> order.add(desc ? ACTIVITY.OWNER_ID.desc() : ACTIVITY.OWNER_ID.asc());
            case "time" -> order.add(desc ? ACTIVITY.START_TIME.desc().nullsLast() : ACTIVITY.START_TIME.asc().nullsFirst());
            default -> {
                order.add(desc ? ACTIVITY.ACTIVITY_DATE.desc() : ACTIVITY.ACTIVITY_DATE.asc());
                order.add(desc ? ACTIVITY.START_TIME.desc().nullsLast() : ACTIVITY.START_TIME.asc().nullsFirst());
                order.add(desc ? ACTIVITY.ID.desc() : ACTIVITY.ID.asc());
                return order;
            }
        }
        order.add(ACTIVITY.ACTIVITY_DATE.asc());
        order.add(ACTIVITY.START_TIME.asc().nullsFirst());
        order.add(ACTIVITY.ID.asc());
        return order;
    }

    /** High before medium before low, not alphabetically. */
    private static SortField<Integer> priorityRank(boolean descending) {
        var rank = DSL.when(ACTIVITY.PRIORITY.eq(Priority.HIGH.name()), 1).when(ACTIVITY.PRIORITY.eq(Priority.MEDIUM.name()), 2)
                .otherwise(3);
        return descending ? rank.desc() : rank.asc();
    }
}
