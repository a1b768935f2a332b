package org.svyaz.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** Adds an error at {@code field[i]} for each missing (null) entry of a list of ids or values. */
    public FieldErrors requireEach(String field, List<?> values) {
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null) {
                    add(field + "[" + i + "]", "error.required");
                }
            }
        }
        return this;
    }

    /**
     * A date as forms and the API write it (YYYY-MM-DD), or null when {@code text} is empty; a
     * text that is no date adds {@code messageKey} at {@code field} and gives null.
     */
    public LocalDate date(String field, String text, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            add(field, messageKey);
            return null;
        }
    }

    /**
     * The time zone named by an IANA region name (e.g. Europe/Moscow), or null when none is given;
     * anything else, offsets included (they would not follow a zone's summer time), is an error.
     */
    public ZoneId timeZone(String field, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (!ZoneId.getAvailableZoneIds().contains(name.trim())) {
            add(field, "error.timeZone", name.trim());
            return null;
        }
        return ZoneId.of(name.trim());
    }

    /** Adds the problems of an {@link InvalidInput} that a later check found. */
    public FieldErrors addAll(InvalidInput invalid) {
        invalid.fieldErrors().forEach(errors::putIfAbsent);
        return this;
    }

    /** The problems collected so far, by field, for a page to show beside its fields. */
    public Map<String, InvalidInput.FieldError> asMap() {
        return Map.copyOf(errors);
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
