package org.svyaz.demo.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.shell.CommandLine;
import org.svyaz.users.UserManagement;

/**
 * {@code bench --contacts=N --writes[=W] [--only=writes]}: after topping the database up to N
 * contacts, creates W contacts (2,000 unless given) through the contacts module, each in its own
 * transaction as a page or an API call does, first on one thread, then on four; prints creates
 * per second and one create's p50 and p95. What a commit that survives a crash costs
 * (BENCHMARKS.md, "Durable commits").
 */
@Component
@Order(4)
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.BENCH)
class WriteBenchmark implements ApplicationRunner {

    private static final int DEFAULT_CREATES = 2000;
    private static final int THREADS = 4;
    private static final long SEED = 1913;

    private final ContactManagement contacts;
    private final UserManagement users;
    private final DataSource dataSource;

    WriteBenchmark(ContactManagement contacts, UserManagement users, DataSource dataSource) {
        this.contacts = contacts;
        this.users = users;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption("writes")) {
            return;
        }
        List<String> values = arguments.getOptionValues("writes");
        int creates = values.isEmpty() ? DEFAULT_CREATES : Integer.parseInt(values.get(0).replace("_", ""));
        UUID admin = users.byUserName("admin").orElseThrow().id();
        System.out.printf("%n%s (%s), %d contacts before; %d creates per run, each in its own transaction%n%n", BenchDatabase.describe(dataSource), commitSetting(),
                BenchQueries.single(dataSource, "select count(*) from contact"), creates);
        System.out.println("| threads | creates | creates/s | p50 ms | p95 ms |");
        System.out.println("|---|---|---|---|---|");
        createOn(1, creates / 10, admin, 0);
        measure(1, creates, admin, 1);
        measure(THREADS, creates, admin, 2);
    }

    private void measure(int threads, int creates, UUID admin, int run) {
        long started = System.nanoTime();
        long[] nanos = createOn(threads, creates, admin, run);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "| %d | %d | %.0f | %.1f | %.1f |%n", threads, creates, creates / seconds, Timings.millis(nanos, 50),
                Timings.millis(nanos, 95));
    }

    /** Creates the contacts on that many threads, each its share; answers each create's time. */
    private long[] createOn(int threads, int creates, UUID admin, int run) {
        long[] nanos = new long[creates];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> shares = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int first = thread;
                shares.add(pool.submit(() -> users.actingAs(admin, () -> createEvery(threads, first, nanos, new RealisticContacts(SEED + run)))));
            }
            for (Future<?> share : shares) {
                share.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The write benchmark was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A create failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return nanos;
    }

    private Void createEvery(int step, int first, long[] nanos, RealisticContacts realistic) {
        for (int i = first; i < nanos.length; i += step) {
            long started = System.nanoTime();
            contacts.create(realistic.next(i + 1));
            nanos[i] = System.nanoTime() - started;
        }
        return null;
    }

    /** How the database commits: H2's write delay, PostgreSQL's synchronous_commit. */
    private String commitSetting() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
            // H2 lists a write delay stored by an earlier SET first and the one in force last
            String query = h2 ? "select 'WRITE_DELAY ' || setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'"
                    : "select 'synchronous_commit ' || setting from pg_settings where name = 'synchronous_commit'";
            String setting = null;
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    setting = rows.getString(1);
                }
            }
            return setting;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
