package org.svyaz.journal.internal;

import java.util.function.Supplier;

/**
 * Marks the statements the journaling component issues, on the thread that issues them, so that a
 * check outside it (the tests' listener of every statement) can tell a journaled write from one
 * that escapes the journal. A depth, not a flag: journaled writes may nest (a module's statement
 * run alongside its entries).
 */
final class JournalScope {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private JournalScope() {
    }

    static <T> T within(Supplier<T> work) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return work.get();
        } finally {
            depth[0]--;
        }
    }

    static void within(Runnable work) {
        within(() -> {
            work.run();
            return null;
        });
    }

    /** Whether the current thread is inside a method of the journaling component. */
    static boolean isOpen() {
        return DEPTH.get()[0] > 0;
    }
}
