package org.svyaz.lookups.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.shell.FieldErrors;

/**
 * A lookup as the API takes it (API.md, "Lookups"): criteria matched all or any, an optional
 * keyword, the sort keys, and the page. Saved lookups take the same body with a name.
 */
record LookupRequest(List<CriterionRequest> criteria, String match, String keyword, List<String> sort, Integer limit, String after,
        String name, Boolean shared, Long version) {

    /** One criterion; {@code value} may be a string, a number or a boolean. */
    record CriterionRequest(String field, String op, JsonNode value) {
    }

    /** The filter the body describes: its criteria and keyword both, either, or all contacts. */
    ContactFilter filter() {
        FieldErrors errors = new FieldErrors();
        List<Criterion> parsed = new ArrayList<>();
        List<CriterionRequest> given = criteria == null ? List.of() : criteria;
        for (int i = 0; i < given.size(); i++) {
            CriterionRequest criterion = given.get(i);
            if (criterion == null) {
                errors.add("criteria[" + i + "]", "error.lookup.operator");
                continue;
            }
            // an unknown operator stays null here, and the lookup's check reports it at criteria[i]
            Operator operator = Operator.ofApiName(criterion.op()).orElse(null);
            JsonNode value = criterion.value();
            String text = value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
            parsed.add(new Criterion(criterion.field(), operator, text));
        }
        Match matching = match == null || match.equalsIgnoreCase("all") ? Match.ALL : match.equalsIgnoreCase("any") ? Match.ANY : null;
        if (matching == null) {
            errors.add("match", "error.lookup.match");
        }
        errors.throwIfAny();
        ContactFilter byCriteria = parsed.isEmpty() ? null : new ContactFilter.Criteria(parsed, matching);
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
