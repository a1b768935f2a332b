package org.svyaz.demo.internal;

import java.time.LocalDate;
import java.util.List;
import org.svyaz.activities.ActivityType;
import org.svyaz.activities.Priority;
import org.svyaz.series.OffsetUnit;
import org.svyaz.series.SeriesFields;
import org.svyaz.series.SeriesStep;
import org.svyaz.series.StepOffset;
import org.svyaz.series.WeekendRule;

/**
 * The manual's activity series «Разработка компании» (SPEC S3): collecting information on the
 * start date, a call two days later, a meeting at the company's office a week later and a meeting
 * to sign the contract a month later, the last three moved off weekends to the next Monday.
 */
final class ManualSeries {

    static final String NAME = "Разработка компании";
    /** The start date of the manual's example: a Friday, so the call two days later falls on Sunday and moves to Monday. */
    static final LocalDate START = LocalDate.of(2003, 9, 5);

    private ManualSeries() {
    }

    static SeriesFields companyDevelopment(String name) {
        return new SeriesFields(name, "От сбора информации о компании до подписания договора", List.of(
                step(ActivityType.TO_DO, 10, Priority.LOW, "Сбор информации о компании", 0, OffsetUnit.DAYS, WeekendRule.NONE),
                step(ActivityType.CALL, 15, Priority.MEDIUM, "Звонок после сбора информации", 2, OffsetUnit.DAYS, WeekendRule.NEXT_MONDAY),
                step(ActivityType.MEETING, 60, Priority.HIGH, "Встреча в офисе компании", 1, OffsetUnit.WEEKS, WeekendRule.NEXT_MONDAY),
                step(ActivityType.MEETING, 60, Priority.HIGH, "Встреча для подписания договора", 1, OffsetUnit.MONTHS, WeekendRule.NEXT_MONDAY)));
    }

    private static SeriesStep step(String type, int minutes, Priority priority, String regarding, int amount, OffsetUnit unit,
            WeekendRule rule) {
        return new SeriesStep(type, minutes, priority, regarding, new StepOffset(amount, unit), null, rule);
    }
}
