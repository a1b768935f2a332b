package org.svyaz.lookups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How a lookup criterion compares a field with its value; text comparisons ignore case. */
public enum Operator {
    EQUALS("equals"),
    NOT_EQUALS("notEquals"),
    CONTAINS("contains"),
    STARTS_WITH("startsWith"),
    EMPTY("empty"),
    NOT_EMPTY("notEmpty"),
    LESS_THAN("lt"),
    GREATER_THAN("gt");

    private final String apiName;

    Operator(String apiName) {
        this.apiName = apiName;
    }

    @JsonValue
    public String apiName() {
        return apiName;
    }

    /** Whether the operator compares with a value (all but empty and notEmpty). */
    public boolean takesValue() {
        return this != EMPTY && this != NOT_EMPTY;
    }

    @JsonCreator
    static Operator fromJson(String name) {
        return ofApiName(name).orElseThrow(() -> new IllegalArgumentException("No lookup operator " + name));
    }

    public static Optional<Operator> ofApiName(String name) {
        return Arrays.stream(values()).filter(operator -> operator.apiName.equals(name)).findFirst();
    }
}
