package org.svyaz.journal.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.svyaz.shell.CommandLine;

/**
 * {@code java -jar svyaz.jar journal check}: replays the journal and compares the tables with it
 * (see {@link JournalCheck}); exits 1 naming the first difference. {@link CompactCommand} runs
 * {@code journal compact}.
 */
@Component
@ConditionalOnProperty(name = CommandLine.COMMAND_PROPERTY, havingValue = CommandLine.JOURNAL)
class JournalCommand implements ApplicationRunner, ExitCodeGenerator {

    private final JournalCheck check;
    private int exitCode;

    JournalCommand(JournalCheck check) {
        this.check = check;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<String> words = arguments.getNonOptionArgs();
        String action = words.size() > 1 ? words.get(1) : "";
        if ("compact".equals(action)) {
            return;
        }
        if (!"check".equals(action)) {
            System.err.println("Usage: java -jar svyaz.jar journal check | journal compact [--keep-history=P365D]");
            exitCode = 2;
            return;
        }
        long started = System.nanoTime();
        JournalCheck.Outcome outcome = check.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (outcome.difference() == null) {
            System.out.printf("Svyaz: the journal holds every table: %d entries replayed, %d rows compared in %.1f s%n", outcome.entries(),
                    outcome.rows(), seconds);
        } else {
            System.out.printf("Svyaz: the journal does not hold the tables (%d entries replayed, %d rows equal before): %s%n",
                    outcome.entries(), outcome.rows(), outcome.difference());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
