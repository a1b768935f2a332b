package org.svyaz.lookups.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.LookupCriteria;
import org.svyaz.shell.InvalidInput;

/**
 * A lookup as the API takes it (API.md, "Lookups"): criteria matched all or any, an optional
 * keyword, the sort keys, and the page. Saved lookups take the same body with a name, and answer
 * in it too; a lookup combined on the pages (narrowed, added to, tags omitted) that criteria and
 * a keyword cannot say comes as {@code filter}, its tree, which the body takes instead of them.
 * The answer's read-only {@code id} and {@code owner} are let through, so that an answer can be
 * sent back as it is.
 */
@JsonIgnoreProperties({"id", "owner"})
record LookupRequest(List<LookupCriteria.Input> criteria, String match, String keyword, ContactFilter filter, List<String> sort,
        Integer limit, String after, String name, Boolean shared, Long version) {

    /** The contacts the body describes: its criteria and keyword both, either, its filter, or all contacts. */
    ContactFilter contactFilter() {
        if (filter == null) {
            return LookupCriteria.filter(criteria, match, keyword);
        }
        boolean criteriaToo = (criteria != null && !criteria.isEmpty()) || (keyword != null && !keyword.isBlank());
        if (criteriaToo) {
            throw InvalidInput.of("filter", "error.lookup.filterOrCriteria");
        }
        return filter;
    }
}
