package org.svyaz.demo.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.series.Series;
import org.svyaz.series.SeriesManagement;
import org.svyaz.series.SeriesSchedule;
import org.svyaz.series.SeriesScheduling;
import org.svyaz.series.SeriesTarget;
import org.svyaz.shell.CommandLine;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * {@code bench --contacts=N --series [--runs=R]}: after topping the database up to N generated
 * contacts, schedules a 4-step series for the lookup of all contacts as the administrator (as the
 * Schedule Activity Series dialog does: the preview's count, then the run in one transaction)
 * and undoes it, R times, each run after a vacuum on PostgreSQL; prints each run's times and the
 * heap's peak. Prints a Markdown table.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.BENCH)
class SeriesBenchmark implements ApplicationRunner {

    private static final String NAME = "Bench: company development";

    private final SeriesManagement series;
    private final SeriesScheduling scheduling;
    private final UserManagement users;

    private final DataSource dataSource;

    SeriesBenchmark(SeriesManagement series, SeriesScheduling scheduling, UserManagement users, DataSource dataSource) {
        this.series = series;
        this.scheduling = scheduling;
        this.users = users;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption("series")) {
            return;
        }
        int runs = arguments.containsOption("runs") ? Integer.parseInt(arguments.getOptionValues("runs").get(0)) : 3;
        User admin = users.byUserName("admin").orElseThrow();
        users.actingAs(admin.id(), () -> {
            measure(benchSeries(), runs);
            return null;
        });
    }

    private void measure(Series plan, int runs) {
        SeriesTarget allContacts = new SeriesTarget.Lookup(ContactFilter.EVERYONE);
        System.out.printf("%nA %d-step series for the lookup of all contacts, %d runs; max heap %d MB%n%n", plan.steps().size(), runs,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| run | contacts | activities | preview | schedule | undo | old generation peak |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int run = 1; run <= runs; run++) {
            // what autovacuum (the erased rows of the last undo, fresh statistics) and the checkpointer do between runs
            BenchQueries.maintainPostgres(dataSource, "vacuum analyze activity, activity_contact, journal_entry", "checkpoint");
            resetHeapPeaks();
            long started = System.nanoTime();
            SeriesSchedule preview = scheduling.preview(plan.id(), allContacts, ManualSeries.START, null);
            double previewSeconds = secondsSince(started);
            started = System.nanoTime();
            SeriesSchedule done = scheduling.schedule(plan.id(), allContacts, ManualSeries.START, null);
            double scheduleSeconds = secondsSince(started);
            started = System.nanoTime();
            scheduling.undo(done.runId());
            double undoSeconds = secondsSince(started);
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %.2f s | %.1f s | %.1f s | %d MB |%n", run, preview.contacts(),
                    done.activities(), previewSeconds, scheduleSeconds, undoSeconds, heapPeakMegabytes());
        }
    }

    private Series benchSeries() {
        return series.all().stream().filter(found -> found.name().equals(NAME)).findFirst()
                .orElseGet(() -> series.create(ManualSeries.companyDevelopment(NAME)));
    }

    private static double secondsSince(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The old generation's peak since the last reset: what survived collections, so what the run held on to. */
    private static long heapPeakMegabytes() {
        return heapPools().stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
