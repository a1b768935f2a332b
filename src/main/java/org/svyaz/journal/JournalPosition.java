package org.svyaz.journal;

/** Where a newest-first walk through the journal stopped: the last entry read, by its clock and sequence. */
public record JournalPosition(long hlc, long seq) {

    public static JournalPosition of(JournalEntry entry) {
        return new JournalPosition(entry.hlc(), entry.seq());
    }
}
