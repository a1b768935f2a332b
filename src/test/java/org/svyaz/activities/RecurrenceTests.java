package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.svyaz.shell.FieldErrors;

/**
 * Recurrence expansion against a reference that decides day by day whether a date belongs to
 * the series, written from the rule's meaning rather than by stepping through periods.
 */
class RecurrenceTests {

    private static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);

    @Property(tries = 500)
    void expandsAsTheDayByDayReferenceDoes(@ForAll("starts") LocalDate start, @ForAll("rules") Recurrence relative) {
        Recurrence rule = anchored(relative, start);
        assertThat(rule.dates(start)).isEqualTo(reference(rule, start));
    }

    @Property(tries = 300)
    void occurrencesStayWithinTheirBoundsInOrder(@ForAll("starts") LocalDate start, @ForAll("rules") Recurrence relative) {
        Recurrence rule = anchored(relative, start);
        List<LocalDate> dates = rule.dates(start);
        assertThat(dates).isSorted().doesNotHaveDuplicates();
        assertThat(dates).allSatisfy(date -> assertThat(date).isAfterOrEqualTo(start));
        if (rule.until() != null) {
            assertThat(dates).allSatisfy(date -> assertThat(date).isBeforeOrEqualTo(rule.until()));
        }
        if (rule.count() != null) {
            assertThat(dates.size()).isLessThanOrEqualTo(rule.count());
        }
    }

    @Example
    void aMonthlySeriesOnThe31stFallsOnTheLastDayOfShorterMonths() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, 1, Set.of(), MonthlyBy.DAY_OF_MONTH, null, null, 5);
        assertThat(monthly.dates(LocalDate.of(2024, 1, 31))).containsExactly(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 31), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 31));
        assertThat(monthly.dates(LocalDate.of(2023, 1, 31)).get(1)).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Example
    void aYearlySeriesOnTheLeapDayFallsOnThe28thInOtherYears() {
        Recurrence yearly = new Recurrence(Frequency.YEARLY, 1, Set.of(), null, null, null, 5);
        assertThat(yearly.dates(LocalDate.of(2024, 2, 29))).containsExactly(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28),
                LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
    }

    @Example
    void theNthAndLastWeekdayOfTheMonth() {
        // 5 September 2003 is the first Friday; 26 September 2003 the last one
        Recurrence firstFriday = new Recurrence(Frequency.MONTHLY, 1, Set.of(), MonthlyBy.WEEKDAY_OF_MONTH, null, null, 3);
        assertThat(firstFriday.dates(LocalDate.of(2003, 9, 5))).containsExactly(LocalDate.of(2003, 9, 5), LocalDate.of(2003, 10, 3),
                LocalDate.of(2003, 11, 7));
        Recurrence lastFriday = new Recurrence(Frequency.MONTHLY, 1, Set.of(), MonthlyBy.WEEKDAY_OF_MONTH, -1, null, 3);
        assertThat(lastFriday.dates(LocalDate.of(2003, 9, 26))).containsExactly(LocalDate.of(2003, 9, 26), LocalDate.of(2003, 10, 31),
                LocalDate.of(2003, 11, 28));
    }

    @Example
    void refusesRulesWithoutAnEndOrWithMoreThanAThousandOccurrences() {
        FieldErrors endless = new FieldErrors();
        new Recurrence(Frequency.DAILY, 1, Set.of(), null, null, null, null).check(LocalDate.of(2003, 9, 5), endless);
        assertThat(endless.isEmpty()).isFalse();
        FieldErrors tooMany = new FieldErrors();
        new Recurrence(Frequency.DAILY, 1, Set.of(), null, null, LocalDate.of(2006, 9, 5), null).check(LocalDate.of(2003, 9, 5), tooMany);
        assertThat(tooMany.isEmpty()).isFalse();
        FieldErrors fine = new FieldErrors();
        new Recurrence(Frequency.DAILY, 1, Set.of(), null, null, LocalDate.of(2006, 5, 31), null).check(LocalDate.of(2003, 9, 5), fine);
        assertThat(fine.isEmpty()).isTrue();
    }

    @Example
    void stopsAtTheEndOfTheCalendar() {
        Recurrence yearly = new Recurrence(Frequency.YEARLY, 1, Set.of(), null, null, null, 10);
        assertThat(yearly.dates(LocalDate.of(9997, 6, 1))).containsExactly(LocalDate.of(9997, 6, 1), LocalDate.of(9998, 6, 1),
                LocalDate.of(9999, 6, 1));
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Arbitraries.integers().between(0, 365 * 130).map(days -> LocalDate.of(1970, 1, 1).plusDays(days));
    }

    @Provide
    Arbitrary<Recurrence> rules() {
        Arbitrary<Frequency> frequency = Arbitraries.of(Frequency.class);
        Arbitrary<Integer> every = Arbitraries.integers().between(1, 4);
        Arbitrary<Set<DayOfWeek>> weekdays = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(7);
        Arbitrary<MonthlyBy> monthlyBy = Arbitraries.of(MonthlyBy.class);
        Arbitrary<Integer> weekOfMonth = Arbitraries.of(-1, 1, 2, 3, 4).injectNull(0.5);
        // fewer than 1,000 days, so that no series reaches the cap on occurrences
        Arbitrary<Integer> untilDays = Arbitraries.integers().between(0, 900).injectNull(0.4);
        Arbitrary<Integer> count = Arbitraries.integers().between(1, 30);
        return Combinators.combine(frequency, every, weekdays, monthlyBy, weekOfMonth, untilDays, count)
                .as((f, e, w, m, wom, u, c) -> new Recurrence(f, e, w, m, wom,
                        u == null ? null : EPOCH.plusDays(u), u == null ? c : (c % 2 == 0 ? c : null)));
    }

    /** The generated rules carry their end as days after the epoch; this puts it that many days after the start. */
    private static Recurrence anchored(Recurrence rule, LocalDate start) {
        LocalDate until = rule.until() == null ? null : start.plusDays(ChronoUnit.DAYS.between(EPOCH, rule.until()));
        return new Recurrence(rule.frequency(), rule.every(), rule.weekdays(), rule.monthlyBy(), rule.weekOfMonth(), until, rule.count());
    }

    /** Every date from the start to the end bound that the rule's meaning admits, in order, up to the count. */
    private static List<LocalDate> reference(Recurrence rule, LocalDate start) {
        LocalDate last = rule.until() != null ? rule.until() : start.plusYears(31L * rule.every() * 5);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(last) && day.getYear() <= 9999; day = day.plusDays(1)) {
            if (rule.count() != null && dates.size() == rule.count()) {
                break;
            }
            if (belongs(rule, start, day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    private static boolean belongs(Recurrence rule, LocalDate start, LocalDate day) {
        return switch (rule.frequency()) {
            case DAILY -> ChronoUnit.DAYS.between(start, day) % rule.every() == 0;
            case WEEKLY -> {
                Set<DayOfWeek> days = rule.weekdays().isEmpty() ? EnumSet.of(start.getDayOfWeek()) : rule.weekdays();
                long weeks = ChronoUnit.WEEKS.between(monday(start), monday(day));
                yield days.contains(day.getDayOfWeek()) && weeks % rule.every() == 0;
            }
            case MONTHLY -> monthsApart(start, day) % rule.every() == 0 && (rule.monthlyBy() == MonthlyBy.WEEKDAY_OF_MONTH
                    ? sameWeekdayOfMonth(rule, start, day)
                    : day.getDayOfMonth() == Math.min(start.getDayOfMonth(), day.lengthOfMonth()));
            case YEARLY -> (day.getYear() - start.getYear()) % rule.every() == 0 && day.getMonth() == start.getMonth()
                    && day.getDayOfMonth() == Math.min(start.getDayOfMonth(), day.lengthOfMonth());
        };
    }

    private static boolean sameWeekdayOfMonth(Recurrence rule, LocalDate start, LocalDate day) {
        int week = rule.weekOfMonth() != null ? rule.weekOfMonth() : (start.getDayOfMonth() > 28 ? -1 : (start.getDayOfMonth() - 1) / 7 + 1);
        if (day.getDayOfWeek() != start.getDayOfWeek()) {
            return false;
        }
        return week == -1 ? day.getDayOfMonth() + 7 > day.lengthOfMonth() : (day.getDayOfMonth() - 1) / 7 + 1 == week;
    }

    private static long monthsApart(LocalDate start, LocalDate day) {
        return ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(day));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
