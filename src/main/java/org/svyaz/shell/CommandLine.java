package org.svyaz.shell;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/**
 * The commands {@code java -jar svyaz.jar <command> [--options]} runs instead of the server.
 * A command starts the application without its web server; the module that owns the command
 * runs it from an {@code ApplicationRunner} conditional on {@value #COMMAND_PROPERTY}.
 */
public final class CommandLine {

    public static final String COMMAND_PROPERTY = "svyaz.command";

    /** {@code generate --contacts=N}: fills the database with N realistic contacts. */
    public static final String GENERATE = "generate";

    /** {@code bench --contacts=N}: measures lookups against hand-written SQL (BENCHMARKS.md). */
    public static final String BENCH = "bench";

    /**
     * {@code bench --calendar}: measures the calendar's pages as a browser gets them, so this
     * benchmark starts the web server (on a free port) and requests them over HTTP.
     */
    public static final String BENCH_OVER_HTTP = "--calendar";

    /**
     * {@code journal check}: replays the change journal and compares every journaled table with it;
     * {@code journal compact [--keep-history=P30D]}: removes what the journal no longer needs (README).
     */
    public static final String JOURNAL = "journal";

    private static final Set<String> COMMANDS = Set.of(GENERATE, BENCH, JOURNAL);

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static void configure(SpringApplication application, String[] args) {
        if (!isCommand(args)) {
            return;
        }
        if (BENCH.equals(args[0]) && Arrays.asList(args).contains(BENCH_OVER_HTTP)) {
            application.setDefaultProperties(Map.of(COMMAND_PROPERTY, args[0]));
            // a free port, so the benchmark runs beside a server on the usual one; --server.port still wins
            if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--server.port="))) {
                System.setProperty("server.port", "0");
            }
        } else {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of(COMMAND_PROPERTY, args[0]));
        }
    }
}
