package org.svyaz.journal;

import java.util.List;
import java.util.UUID;

/** Reads the change journal, for audit views. */
public interface Journal {

    /**
     * The entries about a record and the records that belong to it (its notes, documents),
     * newest first.
     *
     * @param beforeSeq only entries older than this one, or null for the newest
     */
    List<JournalEntry> entriesAbout(UUID recordId, Long beforeSeq, int limit);

    /**
     * The entries the filter selects, newest first (by their hybrid logical clock, which orders
     * the entries of every database the same way), at most {@code limit}.
     *
     * @param after only entries after this position in that order, or null for the newest
     */
    List<JournalEntry> entries(JournalFilter filter, JournalPosition after, int limit);

    /** How many entries the filter selects. */
    long count(JournalFilter filter);
}
