package org.svyaz.lookups.web;

import java.util.List;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.LookupCriteria;

/**
 * A lookup as the API takes it (API.md, "Lookups"): criteria matched all or any, an optional
 * keyword, the sort keys, and the page. Saved lookups take the same body with a name.
 */
record LookupRequest(List<LookupCriteria.Input> criteria, String match, String keyword, List<String> sort, Integer limit,
        String after, String name, Boolean shared, Long version) {

    /** The filter the body describes: its criteria and keyword both, either, or all contacts. */
    ContactFilter filter() {
        return LookupCriteria.filter(criteria, match, keyword);
    }
}
