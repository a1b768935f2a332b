package org.svyaz.lookups;

import jakarta.servlet.http.HttpSession;

/**
 * The lookup a user works in (SPEC L5), kept in their session: the list shows it, Previous and
 * Next move through it, and bulk commands take it. A new session starts with all contacts.
 */
public final class CurrentLookup {

    private static final String ATTRIBUTE = CurrentLookup.class.getName();

    private CurrentLookup() {
    }

    public static LookupDefinition of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof LookupDefinition lookup ? lookup : LookupDefinition.ALL_CONTACTS;
    }

    public static void set(HttpSession session, LookupDefinition lookup) {
        session.setAttribute(ATTRIBUTE, lookup);
    }
}
