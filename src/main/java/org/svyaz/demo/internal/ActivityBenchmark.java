package org.svyaz.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.svyaz.activities.ActivityGeneration;
import org.svyaz.activities.ActivityManagement;
import org.svyaz.activities.ClearResult;
import org.svyaz.activities.DateRange;
import org.svyaz.activities.TaskList;
import org.svyaz.activities.TaskListFilter;
import org.svyaz.shell.CommandLine;
import org.svyaz.users.Language;
import org.svyaz.users.NewUser;
import org.svyaz.users.Role;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * {@code bench --contacts=N --activities=M}: after the lookups, tops the database up to M
 * generated activities of 50 sales managers with the contacts, then times a manager's task list
 * for this week and the past-due filter (as the Task List page reads them: the first 500 rows
 * and the count), and clearing an activity with its history item. Prints a Markdown table.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.BENCH)
class ActivityBenchmark implements ApplicationRunner {

    private static final int MANAGERS = 50;
    private static final int SHOWN = 500;

    private final ActivityGeneration generation;
    private final ActivityManagement activities;
    private final UserManagement users;
    private final DataSource dataSource;

    ActivityBenchmark(ActivityGeneration generation, ActivityManagement activities, UserManagement users, DataSource dataSource) {
        this.generation = generation;
        this.activities = activities;
        this.users = users;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption("activities")) {
            return;
        }
        int wanted = Integer.parseInt(arguments.getOptionValues("activities").get(0));
        int iterations = arguments.containsOption("iterations") ? Integer.parseInt(arguments.getOptionValues("iterations").get(0)) : 200;
        List<UUID> managers = managers();
        long existing = BenchQueries.single(dataSource, "select count(*) from activity");
        if (existing < wanted) {
            List<UUID> contacts = BenchQueries.ids(dataSource, "select id from contact order by id limit 200000");
            long started = System.nanoTime();
            users.actingAs(managers.get(0), () -> {
                generation.generate((int) (wanted - existing), managers, contacts, activities.today(), 7);
                return null;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "Generated %d activities in %.1f s (%.0f per second)%n", wanted - existing, seconds,
                    (wanted - existing) / seconds);
            // a bulk load, after which autovacuum would set the visibility map and the statistics
            BenchQueries.maintainPostgres(dataSource, "vacuum analyze activity", "vacuum analyze activity_contact");
        }
        if (!BenchOptions.measures(arguments, "activities")) {
            return;
        }
        users.actingAs(managers.get(MANAGERS / 2), () -> {
            measure(iterations);
            return null;
        });
    }

    private void measure(int iterations) {
        long count = BenchQueries.single(dataSource, "select count(*) from activity");
        System.out.printf("%n%d activities, %d iterations after %d warm-up; times in ms%n%n", count, iterations, iterations / 4);
        System.out.println("| operation | rows | p50 | p95 | p99 |");
        System.out.println("|---|---|---|---|---|");
        time("task list, this week (first " + SHOWN + " and the count)", iterations, filter(DateRange.THIS_WEEK));
        time("task list, past due (first " + SHOWN + " and the count)", iterations, filter(DateRange.PAST_DUE));
        TaskList open = activities.taskList(filter(DateRange.ALL), 0, Math.max(iterations * 2, 10));
        long[] clearing = new long[Math.min(iterations, open.items().size())];
        for (int i = 0; i < clearing.length; i++) {
            long started = System.nanoTime();
            activities.clear(open.items().get(i).id(), ClearResult.COMPLETED, "bench");
            clearing[i] = System.nanoTime() - started;
        }
        Timings.row("clearing an activity (with its history item)", 1, clearing);
    }

    private static TaskListFilter filter(DateRange range) {
        return new TaskListFilter(java.util.Set.of(), java.util.Set.of(), range, null, null, List.of(), false, false, "date", false);
    }

    private void time(String name, int iterations, TaskListFilter filter) {
        for (int i = 0; i < iterations / 4; i++) {
            activities.taskList(filter, 0, SHOWN);
        }
        long[] times = new long[iterations];
        long rows = 0;
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            rows = activities.taskList(filter, 0, SHOWN).total();
            times[i] = System.nanoTime() - started;
        }
        Timings.row(name, rows, times);
    }

    /** The benchmark's sales managers, created once. */
    private List<UUID> managers() {
        User admin = users.byUserName("admin").orElseThrow();
        List<UUID> managers = new ArrayList<>();
        for (int i = 1; i <= MANAGERS; i++) {
            String name = "bench-manager-" + i;
            managers.add(users.byUserName(name).map(User::id).orElseGet(() -> users.actingAs(admin.id(),
                    () -> users.create(new NewUser(name, "bench-" + name, name, Role.MANAGER, Language.RU)).id())));
        }
        return managers;
    }
}
