package org.svyaz.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.svyaz.activities.Activity;
import org.svyaz.activities.Priority;

/** Where activities go on the calendar's pages: overlaps, midnight, month ends, the timeless band. */
class CalendarLayoutTests {

    private static final LocalDate DAY = LocalDate.of(2003, 9, 8);

    @Test
    void putsOverlappingActivitiesSideBySideAndLeavesOthersTheWholeWidth() {
        Activity early = timed(DAY, "09:00", 60);
        Activity overlapping = timed(DAY, "09:30", 60);
        Activity later = timed(DAY, "11:00", 30);
        CalendarLayout.Day day = CalendarLayout.day(DAY, List.of(later, overlapping, early));
        assertThat(day.timed()).hasSize(3);
        CalendarLayout.Placed first = placed(day, early);
        CalendarLayout.Placed second = placed(day, overlapping);
        CalendarLayout.Placed alone = placed(day, later);
        assertThat(first.columns()).isEqualTo(2);
        assertThat(second.columns()).isEqualTo(2);
        assertThat(first.column()).isNotEqualTo(second.column());
        assertThat(alone.columns()).isEqualTo(1);
        assertThat(first.startMinute()).isEqualTo(9 * 60);
        assertThat(first.endMinute()).isEqualTo(10 * 60);
    }

    @Test
    void aChainOfOverlapsSharesTheWidthAndReusesAFreedColumn() {
        Activity a = timed(DAY, "09:00", 120);
        Activity b = timed(DAY, "09:30", 30);
        Activity c = timed(DAY, "10:15", 30);
        CalendarLayout.Day day = CalendarLayout.day(DAY, List.of(a, b, c));
        assertThat(placed(day, a).columns()).isEqualTo(2);
        assertThat(placed(day, c).column()).isEqualTo(placed(day, b).column());
    }

    @Test
    void anActivityPastMidnightShowsOnBothDays() {
        Activity night = timed(DAY, "23:00", 120);
        CalendarLayout.Placed first = placed(CalendarLayout.day(DAY, List.of(night)), night);
        CalendarLayout.Placed second = placed(CalendarLayout.day(DAY.plusDays(1), List.of(night)), night);
        assertThat(first.endMinute()).isEqualTo(24 * 60);
        assertThat(first.continuesAfter()).isTrue();
        assertThat(second.startMinute()).isZero();
        assertThat(second.endMinute()).isEqualTo(60);
        assertThat(second.continuesBefore()).isTrue();
        assertThat(CalendarLayout.day(DAY.plusDays(2), List.of(night)).timed()).isEmpty();
    }

    @Test
    void timelessActivitiesGoToTheBandOfEachDayTheyCover() {
        Activity todo = timeless(DAY, 10);
        Activity conference = timeless(DAY, 3 * 24 * 60);
        // the longer first, as the band on top shows it
        assertThat(CalendarLayout.day(DAY, List.of(todo, conference)).timeless()).containsExactly(conference, todo);
        assertThat(CalendarLayout.day(DAY.plusDays(2), List.of(todo, conference)).timeless()).containsExactly(conference);
        assertThat(CalendarLayout.day(DAY.plusDays(3), List.of(todo, conference)).timeless()).isEmpty();
        assertThat(CalendarLayout.day(DAY, List.of(todo)).timed()).isEmpty();
    }

    @Test
    void theMonthShowsWholeWeeksAndMultiDayActivitiesAsBarsAcrossMonthEnds() {
        Activity trip = timeless(LocalDate.of(2003, 9, 29), 4 * 24 * 60);
        Activity call = timed(LocalDate.of(2003, 9, 5), "14:30", 30);
        List<CalendarLayout.MonthWeek> september = CalendarLayout.month(LocalDate.of(2003, 9, 15), List.of(trip, call));
        assertThat(september.get(0).dates().get(0)).isEqualTo(LocalDate.of(2003, 9, 1));
        assertThat(september.get(september.size() - 1).dates().get(6)).isEqualTo(LocalDate.of(2003, 10, 5));
        CalendarLayout.MonthWeek lastWeek = september.get(september.size() - 1);
        assertThat(lastWeek.bars()).singleElement().satisfies(bar -> {
            assertThat(bar.first()).isZero();
            assertThat(bar.span()).isEqualTo(4);
        });
        assertThat(september.get(0).days().get(4)).containsExactly(call);

        List<CalendarLayout.MonthWeek> october = CalendarLayout.month(LocalDate.of(2003, 10, 1), List.of(trip));
        assertThat(october.get(0).bars()).singleElement().satisfies(bar -> assertThat(bar.span()).isEqualTo(4));
    }

    @Test
    void barsThatOverlapTakeLanesOfTheirOwn() {
        Activity first = timeless(DAY, 3 * 24 * 60);
        Activity second = timeless(DAY.plusDays(1), 2 * 24 * 60);
        Activity third = timeless(DAY.plusDays(4), 2 * 24 * 60);
        CalendarLayout.MonthWeek week = CalendarLayout.month(DAY, List.of(first, second, third)).get(1);
        assertThat(week.bars()).extracting(CalendarLayout.Bar::lane).containsExactly(0, 1, 0);
    }

    @Test
    void shortActivitiesDrawnASlotTallStandSideBySideThoughTheirTimesDoNotOverlap() {
        Activity first = timed(DAY, "09:00", 15);
        Activity second = timed(DAY, "09:15", 15);
        Activity later = timed(DAY, "09:30", 15);
        CalendarLayout.Day inHalfHours = CalendarLayout.day(DAY, List.of(first, second, later), 30);
        assertThat(placed(inHalfHours, first).columns()).isEqualTo(2);
        assertThat(placed(inHalfHours, second).column()).isNotEqualTo(placed(inHalfHours, first).column());
        // 09:30 starts where the first one's slot ends: it takes the first column again
        assertThat(placed(inHalfHours, later).column()).isEqualTo(placed(inHalfHours, first).column());
        assertThat(placed(inHalfHours, second).endMinute()).isEqualTo(9 * 60 + 30);

        CalendarLayout.Day inQuarters = CalendarLayout.day(DAY, List.of(first, second, later), 15);
        assertThat(inQuarters.timed()).allSatisfy(piece -> assertThat(piece.columns()).isEqualTo(1));
    }

    @Test
    void aBarCutAtTheWeeksEndsSaysItGoesOnAndEachWeekKeepsRoomForItsLanes() {
        Activity trip = timeless(LocalDate.of(2003, 9, 6), 3 * 24 * 60);
        Activity fair = timed(LocalDate.of(2003, 9, 9), "16:00", 2 * 24 * 60);
        Activity overlapping = timeless(LocalDate.of(2003, 9, 10), 2 * 24 * 60);
        List<CalendarLayout.MonthWeek> weeks = CalendarLayout.month(DAY, List.of(trip, fair, overlapping));
        CalendarLayout.Bar saturday = weeks.get(0).bars().get(0);
        assertThat(List.of(saturday.first(), saturday.span())).containsExactly(5, 2);
        assertThat(saturday.continuesBefore()).isFalse();
        assertThat(saturday.continuesAfter()).isTrue();
        CalendarLayout.Bar monday = weeks.get(1).bars().stream().filter(b -> b.activity().equals(trip)).findFirst().orElseThrow();
        assertThat(List.of(monday.first(), monday.span())).containsExactly(0, 1);
        assertThat(monday.continuesBefore()).isTrue();
        assertThat(monday.continuesAfter()).isFalse();
        assertThat(weeks.get(0).lanes()).isEqualTo(1);
        assertThat(weeks.get(1).lanes()).isEqualTo(2);
        assertThat(weeks.get(2).lanes()).isZero();
    }

    private static CalendarLayout.Placed placed(CalendarLayout.Day day, Activity activity) {
        return day.timed().stream().filter(p -> p.activity().equals(activity)).findFirst().orElseThrow();
    }

    static Activity timed(LocalDate date, String time, int minutes) {
        return activity(date, LocalTime.parse(time), minutes);
    }

    static Activity timeless(LocalDate date, int minutes) {
        return activity(date, null, minutes);
    }

    private static Activity activity(LocalDate date, LocalTime time, int minutes) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Activity(UUID.randomUUID(), "CALL", date, time, minutes, ZoneId.of("Europe/Moscow"), List.of(), "Call", "", Priority.MEDIUM, "#3366ff", null, null,
                UUID.randomUUID(), null, null, org.svyaz.access.RecordAccess.PUBLIC, null, null, null, null, "", false, now, now, 1);
    }
}
