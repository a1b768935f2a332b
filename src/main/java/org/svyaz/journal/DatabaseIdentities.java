package org.svyaz.journal;

import java.util.List;
import java.util.UUID;

/**
 * This database's id in the journal (the origin of the entries it makes), and the ids it had
 * before. A copy or a restore of the database finds itself one when it starts and takes a new id,
 * so that two databases never make entries under the same id.
 */
public interface DatabaseIdentities {

    /** The id new journal entries are made under; never null. */
    UUID current();

    /**
     * Gives this database a new id from now on, e.g. when a backup has been restored into it.
     * Entries already in the journal keep the id they were made under. Other servers sharing the
     * database take the new id when they start again.
     *
     * @param reason why, kept in the history and logged; not blank
     * @return the new id
     */
    UUID mintNew(String reason);

    /** The ids this database had before its current one, oldest first. */
    List<PreviousDatabaseId> history();
}
