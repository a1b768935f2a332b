package org.svyaz.history;

/** The kinds of entry on a contact's Notes/History tab. */
public enum HistoryKind {
    /** A note a user wrote. */
    NOTE,
    /** A history item a user recorded by hand. */
    MANUAL,
    /** An activity was cleared (written by the activities module). */
    ACTIVITY_CLEARED,
    /** An e-mail was sent (written by the mail module). */
    EMAIL_SENT,
    /** A document was attached (written by the documents module). */
    DOCUMENT_ADDED,
    /** A document was deleted (written by the documents module). */
    DOCUMENT_REMOVED
}
