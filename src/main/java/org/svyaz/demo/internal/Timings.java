package org.svyaz.demo.internal;

import java.util.Arrays;
import java.util.Locale;

/** A benchmark's table rows: an operation's times as p50, p95 and p99 in milliseconds. */
final class Timings {

    private Timings() {
    }

    static void row(String name, long rows, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", name, rows, ms(sorted, 50), ms(sorted, 95), ms(sorted, 99));
    }

    /** The percentile of the times, in milliseconds. */
    static double millis(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return ms(sorted, percentile);
    }

    private static double ms(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
