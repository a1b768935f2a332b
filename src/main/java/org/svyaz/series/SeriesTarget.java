package org.svyaz.series;

import java.util.List;
import java.util.UUID;
import org.svyaz.lookups.ContactFilter;

/** For whom a series is scheduled: some contacts (the current one), a lookup, a group's members, or all contacts. */
public sealed interface SeriesTarget {

    /** These contacts (the contact window's current contact is one). */
    record Contacts(List<UUID> contactIds) implements SeriesTarget {
    }

    /** The contacts of a lookup (the current lookup of the contact list). */
    record Lookup(ContactFilter filter) implements SeriesTarget {
    }

    /** The members of a group. */
    record Group(UUID groupId) implements SeriesTarget {
    }

    /** Every contact. */
    record AllContacts() implements SeriesTarget {
    }
}
