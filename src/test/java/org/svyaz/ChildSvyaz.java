package org.svyaz;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Svyaz started as its own program (the application's main class in a child JVM, on a free port,
 * with the administrator's password set), as a crash test needs it: something to kill with SIGKILL.
 * Its output goes to {@code target/crash-durability/<name>.log}.
 */
final class ChildSvyaz {

    static final String ADMIN_PASSWORD = "crash-secret";
    private static final long START_LIMIT_SECONDS = 180;

    private final Process process;
    private final int port;
    private final Path log;

    private ChildSvyaz(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Svyaz with its data under the directory and the given extra environment (e.g. a
     * PostgreSQL database), and answers once {@code /actuator/health} says UP.
     */
    static ChildSvyaz start(Path dataDirectory, Map<String, String> environment, String name) {
        int port = freePort();
        Path log = Path.of("target", "crash-durability", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-cp", applicationClassPath(),
                    SvyazApplication.class.getName(), "--server.port=" + port, "--spring.main.banner-mode=off")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(variable -> variable.startsWith("SPRING_") || variable.startsWith("SVYAZ_"));
            builder.environment().put("SVYAZ_DATA_DIR", dataDirectory.toAbsolutePath().toString());
            builder.environment().put("SVYAZ_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().putAll(environment);
            Process process = builder.start();
            // should the test run itself end before the test does, the child ends with it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            ChildSvyaz child = new ChildSvyaz(process, port, log);
            child.awaitHealthy();
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ApiClient admin() {
        return ApiClient.basic(port, "admin", ADMIN_PASSWORD);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. Waits until the process is gone. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Svyaz stopped while starting; see " + log.toAbsolutePath());
            }
            if (healthy()) {
                return;
            }
            pause();
        }
        kill();
        throw new IllegalStateException("Svyaz did not answer UP within " + START_LIMIT_SECONDS + " s; see " + log.toAbsolutePath());
    }

    private boolean healthy() {
        try {
            ApiClient.Response health = ApiClient.anonymous(port).get("/actuator/health");
            return health.status() == 200 && health.json().get("status").asText().equals("UP");
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The test run's class path without the test classes: the application as it ships, so no test
     * configuration (which empties the database on start) is picked up by its component scan.
     */
    private static String applicationClassPath() {
        List<String> entries = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        return entries.stream().filter(entry -> !Path.of(entry).endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
