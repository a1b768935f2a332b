package org.svyaz.journal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;
import org.svyaz.journal.SyncPartners;
import org.svyaz.shell.CommandLine;

/**
 * {@code java -jar svyaz.jar journal compact [--keep-history=P30D]}: removes from the journal what
 * is older than the history kept for the audit log ({@code svyaz.journal.keep-history}, 365 days
 * unless set) and no longer needed (see {@link JournalCompaction}), and prints figures. The server
 * may run beside it on PostgreSQL.
 */
@Component
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.JOURNAL)
class CompactCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMPACT = "compact";
    private static final String KEEP_HISTORY = "keep-history";

    private final JournalCompaction compaction;
    private final SyncPartners partners;
    private final DataSource dataSource;
    private final Clock clock;
    private final Duration keepHistory;
    private int exitCode;

    CompactCommand(JournalCompaction compaction, SyncPartners partners, DataSource dataSource, Clock clock,
            @Value("${svyaz.journal.keep-history:365d}") Duration keepHistory) {
        this.compaction = compaction;
        this.partners = partners;
        this.dataSource = dataSource;
        this.clock = clock;
        this.keepHistory = keepHistory;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        // JournalCommand answers every other action, and a missing one
        if (words.size() < 2 || !COMPACT.equals(words.get(1))) {
            return;
        }
        Duration kept = arguments.containsOption(KEEP_HISTORY)
                ? DurationStyle.detectAndParse(arguments.getOptionValues(KEEP_HISTORY).get(0))
                : keepHistory;
        if (kept.isNegative()) {
            System.err.println("--keep-history must not be negative: " + kept);
            exitCode = 2;
            return;
        }
        Instant olderThan = clock.instant().minus(kept);
        long started = System.nanoTime();
        JournalCompaction.Figures figures = compaction.compact(olderThan);
        double seconds = (System.nanoTime() - started) / 1e9;
        print(kept, olderThan, figures, seconds);
    }

    private void print(Duration kept, Instant olderThan, JournalCompaction.Figures figures, double seconds) {
        System.out.printf("Journal compaction on %s: history kept %d days (entries before %s), %d partner(s)%s%n",
                describe(dataSource), kept.toDays(), olderThan, partners.all().size(),
                partners.lowestConfirmed().isPresent() ? ", lowest confirmed position " + partners.lowestConfirmed().getAsLong() : "");
        System.out.printf("Entries: %,d before, %,d after (%,d superseded values and %,d entries of deleted records removed)%n",
                figures.entriesBefore(), figures.entriesAfter(), figures.superseded(), figures.ofDeletedRecords());
        System.out.printf("Bytes freed: %,d of journal values%n", figures.valueBytes());
        figures.contentBytes().forEach((content, bytes) -> System.out.printf("Bytes freed: %,d of %s%n", bytes, content));
        System.out.printf("Took %.1f s%n", seconds);
    }

    private static String describe(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
