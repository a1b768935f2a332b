package org.svyaz.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.spring.JqwikSpringSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.svyaz.TestClock;
import org.svyaz.TestData;
import org.svyaz.TestDatabase;
import org.svyaz.TestDatabaseConfiguration;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserChanges;
import org.svyaz.users.UserManagement;

/**
 * Whatever the zones of the scheduler and the owner, and whatever the day of the year (the days
 * clocks go forward or back included): an activity starts at the instant its scheduler meant,
 * shows on the owner's day and clock for that instant, rings its alarm exactly its lead time
 * before by the application's clock, and stays put when both move to other zones.
 */
@JqwikSpringSupport
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({TestDatabaseConfiguration.class, TestData.class})
@Tag("database")
class TimeZonePropertyTests {

    /** Zones with summer time in either hemisphere, odd offsets, both ends of the dateline, and Russia's. */
    private static final List<String> ZONES = List.of("Europe/Moscow", "Europe/Kaliningrad", "Asia/Yekaterinburg", "Asia/Vladivostok",
            "Asia/Kamchatka", "America/New_York", "Europe/Berlin", "Europe/London", "Australia/Sydney", "America/Santiago",
            "Pacific/Auckland", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC");
    /** 2026's days when clocks go forward or back somewhere above. */
    private static final List<LocalDate> TRANSITIONS = List.of(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 4), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 9, 27),
            LocalDate.of(2026, 10, 4), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 1));

    @Autowired
    TestData data;

    @Autowired
    UserManagement users;

    @Autowired
    ActivityManagement activities;

    @Autowired
    Reminders reminders;

    @Autowired
    TestClock clock;

    private User admin;
    private User planner;
    private User owner;

    @AfterProperty
    void realTimeAgain() {
        clock.reset();
    }

    @Property(tries = 60)
    void anActivityIsAtOneInstantForEveryone(@ForAll("zones") ZoneId schedulerZone, @ForAll("zones") ZoneId ownerZone,
            @ForAll("days") LocalDate date, @ForAll("quarterHours") LocalTime time, @ForAll @IntRange(max = 24 * 60) int lead) {
        twoUsers();
        clock.reset();
        moveTo(planner, schedulerZone);
        moveTo(owner, ownerZone);
        Instant meant = date.atTime(time).atZone(schedulerZone).toInstant();

        Activity scheduled = users.actingAs(planner.id(), () -> activities.schedule(new ActivityFields("CALL", date, time, null, 30,
                List.of(), "Call", "", Priority.MEDIUM, null, lead, owner.userName(), null, false, null)).activity());
        assertThat(scheduled.timeZone()).isEqualTo(schedulerZone);
        assertThat(scheduled.startsAt()).isEqualTo(meant);
        assertThat(scheduled.alarmAt().toInstant()).isEqualTo(meant.minusSeconds(60L * lead));

        LocalDateTime ownersClock = LocalDateTime.ofInstant(meant, ownerZone);
        users.actingAs(owner.id(), () -> {
            assertThat(ids(dayOf(ownersClock.toLocalDate()))).contains(scheduled.id());
            assertThat(ids(dayOf(ownersClock.toLocalDate().minusDays(1)))).doesNotContain(scheduled.id());
            assertThat(ids(dayOf(ownersClock.toLocalDate().plusDays(1)))).doesNotContain(scheduled.id());
            Activity seen = dayOf(ownersClock.toLocalDate()).stream().filter(a -> a.id().equals(scheduled.id())).findFirst()
                    .orElseThrow().inZone(ownerZone);
            assertThat(LocalDateTime.of(seen.date(), seen.time())).isEqualTo(ownersClock);

            clock.set(meant.minusSeconds(60L * lead + 60));
            assertThat(ids(reminders.due())).doesNotContain(scheduled.id());
            clock.set(meant.minusSeconds(60L * lead));
            assertThat(ids(reminders.due())).contains(scheduled.id());
            return null;
        });

        moveTo(planner, ZoneId.of("Asia/Magadan"));
        moveTo(owner, ZoneId.of("America/Los_Angeles"));
        Activity later = users.actingAs(owner.id(), () -> activities.get(scheduled.id()));
        assertThat(later.startsAt()).isEqualTo(meant);
        assertThat(later.alarmAt().toInstant()).isEqualTo(scheduled.alarmAt().toInstant());
        users.actingAs(planner.id(), () -> {
            activities.erase(scheduled.id(), EditScope.OCCURRENCE);
            return null;
        });
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        Arbitrary<String> any = Arbitraries.of(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        return Arbitraries.oneOf(Arbitraries.of(ZONES), any).map(ZoneId::of);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 364).map(day -> LocalDate.of(2026, 1, 1).plusDays(day)),
                Arbitraries.of(TRANSITIONS));
    }

    @Provide
    Arbitrary<LocalTime> quarterHours() {
        return Arbitraries.integers().between(0, 24 * 4 - 1).map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15));
    }

    private List<Activity> dayOf(LocalDate day) {
        return activities.taskList(new TaskListFilter(null, null, DateRange.CUSTOM, day, day, null, false, false, "date", false), 0,
                100).items();
    }

    private void twoUsers() {
        if (admin != null) {
            return;
        }
        data.reset();
        admin = data.admin();
        planner = data.user("planner", Role.MANAGER);
        owner = data.user("owner", Role.STANDARD);
    }

    private void moveTo(User user, ZoneId zone) {
        users.actingAs(admin.id(), () -> users.update(user.id(), new UserChanges(null, null, null, zone, null),
                users.byId(user.id()).version()));
    }

    private static List<UUID> ids(List<Activity> found) {
        return found.stream().map(Activity::id).toList();
    }
}
