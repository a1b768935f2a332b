package org.svyaz.shell;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule (400). Carries one message key per offending field, keyed by the
 * field's name as the API spells it (e.g. {@code lastName}, {@code customFields.contractCode}).
 */
public class InvalidInput extends UserFacingException {

    private final Map<String, FieldError> fieldErrors;

    public InvalidInput(Map<String, FieldError> fieldErrors) {
        super("error.invalidInput");
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInput of(String field, String messageKey, Object... arguments) {
        return new InvalidInput(Map.of(field, new FieldError(messageKey, arguments)));
    }

    public Map<String, FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** A message key with its arguments for one field. */
    public record FieldError(String messageKey, Object... arguments) {
    }
}
