package org.svyaz.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.svyaz.activities.Priority;

/** A step's date in a run (SPEC S2, issue 7 "Dates"): start plus offset, then the weekend rule. */
class SeriesStepDateTests {

    @Property(tries = 1000)
    void everyDateIsTheStartPlusTheOffsetMovedToMondayOnlyWhenTheRuleAppliesOnAWeekend(@ForAll("starts") LocalDate start,
            @ForAll("offsets") StepOffset offset, @ForAll WeekendRule rule) {
        LocalDate plain = offset.from(start);
        LocalDate date = step(offset, rule).dateFrom(start);

        boolean weekend = plain.getDayOfWeek() == DayOfWeek.SATURDAY || plain.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (rule == WeekendRule.NEXT_MONDAY && weekend) {
            assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(ChronoUnit.DAYS.between(plain, date)).isBetween(1L, 2L);
        } else {
            assertThat(date).isEqualTo(plain);
        }
        assertThat(date).isAfterOrEqualTo(start);
    }

    @Property(tries = 1000)
    void anOffsetCountsCalendarDaysWeeksOrMonths(@ForAll("starts") LocalDate start, @ForAll("offsets") StepOffset offset) {
        LocalDate date = step(offset, WeekendRule.NONE).dateFrom(start);

        switch (offset.unit()) {
            case DAYS -> assertThat(ChronoUnit.DAYS.between(start, date)).isEqualTo(offset.amount().longValue());
            case WEEKS -> assertThat(ChronoUnit.DAYS.between(start, date)).isEqualTo(7L * offset.amount());
            case MONTHS -> {
                assertThat(ChronoUnit.MONTHS.between(start.withDayOfMonth(1), date.withDayOfMonth(1))).isEqualTo(offset.amount().longValue());
                assertThat(date.getDayOfMonth()).isEqualTo(Math.min(start.getDayOfMonth(), date.lengthOfMonth()));
            }
        }
    }

    @Property(tries = 300)
    void aStartOnAWeekendMovesADayZeroStepWithTheRuleToTheNextMonday(@ForAll("starts") LocalDate anyDay) {
        LocalDate saturday = anyDay.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        StepOffset dayZero = new StepOffset(0, OffsetUnit.DAYS);

        assertThat(step(dayZero, WeekendRule.NEXT_MONDAY).dateFrom(saturday)).isEqualTo(saturday.plusDays(2));
        assertThat(step(dayZero, WeekendRule.NEXT_MONDAY).dateFrom(saturday.plusDays(1))).isEqualTo(saturday.plusDays(2));
        assertThat(step(dayZero, WeekendRule.NONE).dateFrom(saturday)).isEqualTo(saturday);
    }

    @Example
    void aMonthAfterTheThirtyFirstOfJanuaryIsTheLastDayOfFebruary() {
        StepOffset month = new StepOffset(1, OffsetUnit.MONTHS);
        assertThat(step(month, WeekendRule.NONE).dateFrom(LocalDate.of(2003, 1, 31))).isEqualTo(LocalDate.of(2003, 2, 28));
        assertThat(step(month, WeekendRule.NONE).dateFrom(LocalDate.of(2004, 1, 31))).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(step(new StepOffset(13, OffsetUnit.MONTHS), WeekendRule.NONE).dateFrom(LocalDate.of(2003, 1, 31)))
                .isEqualTo(LocalDate.of(2004, 2, 29));
    }

    @Example
    void theManualsCallOnDayTwoFromFridayTheFifthFallsOnMondayTheEighth() {
        LocalDate friday = LocalDate.of(2003, 9, 5);
        assertThat(step(new StepOffset(2, OffsetUnit.DAYS), WeekendRule.NEXT_MONDAY).dateFrom(friday))
                .isEqualTo(LocalDate.of(2003, 9, 8));
        assertThat(step(new StepOffset(2, OffsetUnit.DAYS), WeekendRule.NONE).dateFrom(friday)).isEqualTo(LocalDate.of(2003, 9, 7));
    }

    private static SeriesStep step(StepOffset offset, WeekendRule rule) {
        return new SeriesStep("CALL", 15, Priority.MEDIUM, "Call", offset, null, rule);
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Arbitraries.integers().between(0, 365 * 100).map(days -> LocalDate.of(1970, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<StepOffset> offsets() {
        Arbitrary<StepOffset> days = Arbitraries.integers().between(0, 3652).map(n -> new StepOffset(n, OffsetUnit.DAYS));
        Arbitrary<StepOffset> weeks = Arbitraries.integers().between(0, 521).map(n -> new StepOffset(n, OffsetUnit.WEEKS));
        Arbitrary<StepOffset> months = Arbitraries.integers().between(0, 120).map(n -> new StepOffset(n, OffsetUnit.MONTHS));
        return Arbitraries.oneOf(days, weeks, months);
    }
}
