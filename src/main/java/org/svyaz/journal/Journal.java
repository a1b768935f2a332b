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
}
