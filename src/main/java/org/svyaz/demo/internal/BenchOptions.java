package org.svyaz.demo.internal;

import org.springframework.boot.ApplicationArguments;

/** The {@code bench} command's options that every section reads. */
final class BenchOptions {

    private BenchOptions() {
    }

    /**
     * Whether the run measures a section ({@code lookups}, {@code activities}, {@code calendar}):
     * each one unless {@code --only} names others. A section that is not measured still tops up
     * the data the measured ones need.
     */
    static boolean measures(ApplicationArguments arguments, String section) {
        return !arguments.containsOption("only") || arguments.getOptionValues("only").contains(section);
    }
}
