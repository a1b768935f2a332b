package org.svyaz.activities.internal;

import org.svyaz.activities.ActivityTypeManagement;
import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.ACTIVITY_SERIES;
import static org.svyaz.schema.Tables.ACTIVITY_TYPE;
import static org.svyaz.schema.Tables.CALENDAR_GRANT;
import static org.svyaz.schema.Tables.TASK_LIST_FILTER;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jooq.Record;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.svyaz.journal.JournaledEntity;

/** What the journal needs to know of this module's entities (journal/README.md). */
@Configuration(proxyBeanMethods = false)
class ActivitiesJournal {

    /**
     * An activity's date, time, duration and zone are one field, "when", so that a change of its
     * date and another of its time never merge into a day nobody chose. Its start and end instants
     * are derived from it; its alarm time is its owner's own state (snoozed, dismissed) and stays here.
     */
    @Bean
    JournaledEntity activityEntity() {
        return JournaledEntity.of(JooqActivities.ENTITY, ACTIVITY)
                .together("when", ACTIVITY.ACTIVITY_DATE, ACTIVITY.START_TIME, ACTIVITY.DURATION_MINUTES, ACTIVITY.TIME_ZONE)
                .derived(ActivitiesJournal::deriveTimes, ACTIVITY.STARTS_AT, ACTIVITY.ENDS_AT)
                .localOnly(ACTIVITY.ALARM_AT);
    }

    /** The start and end in UTC, as {@code ValidActivity} computes them when a user saves the activity. */
    static void deriveTimes(Record row) {
        LocalTime time = row.get(ACTIVITY.START_TIME);
        LocalDateTime startsAt = row.get(ACTIVITY.ACTIVITY_DATE).atTime(time == null ? LocalTime.MIDNIGHT : time)
                .atZone(ZoneId.of(row.get(ACTIVITY.TIME_ZONE))).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        row.set(ACTIVITY.STARTS_AT, startsAt);
        row.set(ACTIVITY.ENDS_AT, startsAt.plusMinutes(Math.max(1, row.get(ACTIVITY.DURATION_MINUTES))));
    }

    @Bean
    JournaledEntity activityTypeEntity() {
        return JournaledEntity.of("activityType", ACTIVITY_TYPE).uniqueName("code", ActivityTypeManagement.NAME_CLASH);
    }

    @Bean
    JournaledEntity calendarGrantEntity() {
        return JournaledEntity.of("calendarGrant", CALENDAR_GRANT);
    }

    @Bean
    JournaledEntity activitySeriesEntity() {
        return JournaledEntity.of("activitySeries", ACTIVITY_SERIES);
    }

    @Bean
    JournaledEntity taskListFilterEntity() {
        return JournaledEntity.of("taskListFilter", TASK_LIST_FILTER);
    }
}
