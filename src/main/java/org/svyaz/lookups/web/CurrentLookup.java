package org.svyaz.lookups.web;

import jakarta.servlet.http.HttpSession;
import org.svyaz.lookups.LookupDefinition;

/**
 * The lookup a user works in (SPEC L5), kept in their session: the list shows it, Previous and
 * Next move through it, and bulk commands take it. A new session starts with all contacts.
 */
final class CurrentLookup {

    private static final String ATTRIBUTE = CurrentLookup.class.getName();

    private CurrentLookup() {
    }

    static LookupDefinition of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof LookupDefinition lookup ? lookup : LookupDefinition.ALL_CONTACTS;
    }

    static void set(HttpSession session, LookupDefinition lookup) {
        session.setAttribute(ATTRIBUTE, lookup);
    }
}
