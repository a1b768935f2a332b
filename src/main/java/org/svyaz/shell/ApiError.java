package org.svyaz.shell;

import java.util.Map;

/** The body of every API error: a sentence for people and, for invalid input, one per field. */
public record ApiError(String error, Map<String, String> fields) {

    public static ApiError of(String error) {
        return new ApiError(error, Map.of());
    }
}
