package org.svyaz.groups;

import java.util.List;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;

/**
 * A group lookup (SPEC G6): criteria on group fields ({@code name}, {@code phone},
 * {@code customFields.x} ...) matched all or any, and an optional keyword over the text fields.
 */
public record GroupLookup(List<Criterion> criteria, Match match, String keyword) {
}
