package org.svyaz.journal.internal;

import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.svyaz.journal.JournaledWrites;

/**
 * {@code journal check} for the modules' tests: journals what the test data's reset left (the
 * administrator and the built-in records), and names the first difference between the journaled
 * tables and a replay of the journal.
 */
public final class JournalReplay {

    private JournalReplay() {
    }

    /** Journals the records the reset left without entries; call it before the test writes anything. */
    public static void journalWhatTheResetLeft(ApplicationContext context) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.getBean(JournaledWrites.class)
                .journalExisting());
    }

    /** The first difference {@code journal check} finds, or null when the replay gives every table as it is. */
    public static String difference(ApplicationContext context) {
        return context.getBean(JournalCheck.class).run().difference();
    }
}
