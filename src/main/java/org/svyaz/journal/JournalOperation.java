package org.svyaz.journal;

/** What a journal entry records. */
public enum JournalOperation {
    /** A record came into being; the entry's value is a JSON object of its fields. */
    CREATE,
    /** A field got a new value. */
    SET,
    /** A record was deleted: the tombstone. */
    DELETE,
    /** A membership was added (a contact joined a group). */
    LINK,
    /** A membership was removed. */
    UNLINK
}
