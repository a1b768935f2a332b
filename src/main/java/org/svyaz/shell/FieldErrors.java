package org.svyaz.shell;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the problems of one input, so that a user learns of all of them at once. */
public final class FieldErrors {

    private final Map<String, InvalidInput.FieldError> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String messageKey, Object... arguments) {
        errors.putIfAbsent(field, new InvalidInput.FieldError(messageKey, arguments));
        return this;
    }

    /** Adds an error when {@code value} is longer than {@code maxLength} characters. */
    public FieldErrors checkLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "error.tooLong", maxLength);
        }
        return this;
    }

    /** Adds the problems of an {@link InvalidInput} that a later check found. */
    public FieldErrors addAll(InvalidInput invalid) {
        invalid.fieldErrors().forEach(errors::putIfAbsent);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws {@link InvalidInput} with everything collected, if anything was. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
