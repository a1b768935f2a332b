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
        ContactFilter byCriteria = LookupCriteria.parse(criteria, match);
        ContactFilter byKeyword = keyword == null || keyword.isBlank() ? null : new ContactFilter.Keyword(keyword);
        if (byCriteria != null && byKeyword != null) {
            return new ContactFilter.Both(byCriteria, byKeyword);
        }
        if (byCriteria == null && byKeyword == null) {
            return ContactFilter.EVERYONE;
        }
        return byCriteria != null ? byCriteria : byKeyword;
    }
}
