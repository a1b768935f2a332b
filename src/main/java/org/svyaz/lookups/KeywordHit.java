package org.svyaz.lookups;

import org.svyaz.contacts.Contact;

/**
 * A contact a keyword search found, with where it matched best: in the contact's own fields
 * ({@code CONTACT}), a note ({@code NOTE}), a history item ({@code HISTORY}) or an activity
 * ({@code ACTIVITY}), and the text
 * around the match.
 */
public record KeywordHit(Contact contact, Source source, String matchedText, double score) {

    /** Where a keyword matched. */
    public enum Source { CONTACT, NOTE, HISTORY, ACTIVITY }
}
