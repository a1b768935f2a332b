package org.svyaz.lookups.web;

import java.util.ArrayList;
import java.util.List;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.shell.InvalidInput;

/**
 * The lookup dialog as the browser posts it: rows of field, operator and value (a row without a
 * field is left out), all or any, an optional keyword, and what to do with the current lookup.
 */
record LookupForm(List<String> field, List<String> op, List<String> value, String match, String keyword, String mode) {

    /** Replace the current lookup, add to it (widen) or narrow it. */
    enum Mode { REPLACE, ADD, NARROW }

    ContactFilter filter() {
        List<Criterion> criteria = new ArrayList<>();
        List<String> fields = field == null ? List.of() : field;
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            String operatorName = op != null && i < op.size() ? op.get(i) : "";
            Operator operator = Operator.ofApiName(operatorName)
                    .orElseThrow(() -> InvalidInput.of("criteria[" + criteria.size() + "]", "error.lookup.operator"));
            String given = value != null && i < value.size() ? value.get(i) : null;
            criteria.add(new Criterion(name, operator, operator.takesValue() ? given : null));
        }
        boolean hasKeyword = keyword != null && !keyword.isBlank();
        if (criteria.isEmpty() && !hasKeyword) {
            throw InvalidInput.of("criteria", "error.lookup.noCriteria");
        }
        ContactFilter byCriteria = criteria.isEmpty() ? null : new ContactFilter.Criteria(criteria, "any".equals(match) ? Match.ANY : Match.ALL);
        ContactFilter byKeyword = hasKeyword ? new ContactFilter.Keyword(keyword.strip()) : null;
        if (byCriteria != null && byKeyword != null) {
            return new ContactFilter.Both(byCriteria, byKeyword);
        }
        return byCriteria != null ? byCriteria : byKeyword;
    }

    Mode modeOrReplace() {
        if ("add".equals(mode)) {
            return Mode.ADD;
        }
        return "narrow".equals(mode) ? Mode.NARROW : Mode.REPLACE;
    }

    /** The new lookup, given the current one and what the user chose to do with it. */
    ContactFilter combinedWith(ContactFilter current) {
        ContactFilter chosen = filter();
        return switch (modeOrReplace()) {
            case REPLACE -> chosen;
            case ADD -> new ContactFilter.Either(current, chosen);
            case NARROW -> new ContactFilter.Both(current, chosen);
        };
    }
}
