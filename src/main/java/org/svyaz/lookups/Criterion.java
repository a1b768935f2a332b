package org.svyaz.lookups;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One condition of a lookup: a field as the API names it ({@code city},
 * {@code customFields.contractCode}), an operator, and the value as text (null for empty and
 * notEmpty; numbers and dates as the API writes them).
 */
public record Criterion(String field, @JsonProperty("op") Operator operator, String value) {
}
