package org.svyaz.lookups;

import java.util.List;

/** A lookup as it is saved and remembered: which contacts, and in which order (API sort keys). */
public record LookupDefinition(ContactFilter filter, List<String> sort) {

    public static final LookupDefinition ALL_CONTACTS = new LookupDefinition(ContactFilter.EVERYONE, List.of());

    public ContactSort contactSort() {
        return ContactSort.parse(sort);
    }

    public LookupDefinition withFilter(ContactFilter newFilter) {
        return new LookupDefinition(newFilter, sort);
    }

    public LookupDefinition withSort(ContactSort newSort) {
        return new LookupDefinition(filter, newSort.asParameters());
    }
}
