package org.svyaz.activities.internal;

import static org.svyaz.schema.Tables.ACTIVITY;
import static org.svyaz.schema.Tables.REMINDER_MAIL;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.svyaz.schema.tables.records.ActivityRecord;

/** Which alarms went out by e-mail, in {@code reminder_mail}: the mailer's state, written directly. */
@Repository
public class JooqReminderMails {

    private final DSLContext dsl;

    JooqReminderMails(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open activities whose alarm came due between {@code since} and {@code now} and has not been mailed. */
    public List<ActivityRecord> dueUnsent(OffsetDateTime since, OffsetDateTime now, int limit) {
        return dsl.selectFrom(ACTIVITY)
                .where(ACTIVITY.ALARM_AT.le(now)).and(ACTIVITY.ALARM_AT.gt(since)).and(ACTIVITY.CLEARED_AT.isNull())
                .andNotExists(DSL.selectOne().from(REMINDER_MAIL).where(REMINDER_MAIL.ACTIVITY_ID.eq(ACTIVITY.ID))
                        .and(REMINDER_MAIL.ALARM_AT.eq(ACTIVITY.ALARM_AT)))
                .orderBy(ACTIVITY.ALARM_AT, ACTIVITY.ID)
                .limit(limit)
                .fetch();
    }

    public void markSent(ActivityRecord activity, OffsetDateTime now) {
        dsl.insertInto(REMINDER_MAIL).set(REMINDER_MAIL.ACTIVITY_ID, activity.getId()).set(REMINDER_MAIL.ALARM_AT, activity.getAlarmAt())
                .set(REMINDER_MAIL.SENT_AT, now).onConflictDoNothing().execute();
    }
}
