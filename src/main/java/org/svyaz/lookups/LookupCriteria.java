package org.svyaz.lookups;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.svyaz.shell.FieldErrors;

/**
 * Criteria as the API takes them ({@code {"field","op","value"}} and {@code match}), read into a
 * {@link ContactFilter.Criteria}. Lookups and group membership rules take the same shape.
 */
public final class LookupCriteria {

    /** One criterion as sent; {@code value} may be a string, a number or a boolean. */
    public record Input(String field, String op, JsonNode value) {
    }

    private LookupCriteria() {
    }

    /**
     * The filter a lookup body describes (API.md, "Lookups"): its criteria and keyword both,
     * either, or all contacts when it has neither.
     *
     * @throws org.svyaz.shell.InvalidInput when {@code match} is neither all nor any
     */
    public static ContactFilter filter(List<Input> criteria, String match, String keyword) {
        ContactFilter byCriteria = parse(criteria, match);
        ContactFilter byKeyword = keyword == null || keyword.isBlank() ? null : new ContactFilter.Keyword(keyword);
        if (byCriteria != null && byKeyword != null) {
            return new ContactFilter.Both(byCriteria, byKeyword);
        }
        if (byCriteria == null && byKeyword == null) {
            return ContactFilter.EVERYONE;
        }
        return byCriteria != null ? byCriteria : byKeyword;
    }

    /**
     * The criteria, or null when there are none. An unknown operator is kept as null, so that
     * checking the lookup reports it at {@code criteria[i]} with every other problem.
     *
     * @throws org.svyaz.shell.InvalidInput when {@code match} is neither all nor any
     */
    public static ContactFilter.Criteria parse(List<Input> criteria, String match) {
        FieldErrors errors = new FieldErrors();
        List<Criterion> parsed = new ArrayList<>();
        List<Input> given = criteria == null ? List.of() : criteria;
        for (int i = 0; i < given.size(); i++) {
            Input criterion = given.get(i);
            if (criterion == null) {
                errors.add("criteria[" + i + "]", "error.lookup.operator");
                continue;
            }
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
        return parsed.isEmpty() ? null : new ContactFilter.Criteria(parsed, matching);
    }
}
