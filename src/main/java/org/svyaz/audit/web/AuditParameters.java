package org.svyaz.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.audit.AuditFilter;
import org.svyaz.audit.AuditKind;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.InvalidInput;

/**
 * Reads the audit log's filters as the page's form and the API send them. {@code from} and
 * {@code to} are a day (YYYY-MM-DD, in the viewer's time zone, {@code to} including the whole
 * day), a day and time in the viewer's zone, or an instant with its offset; {@code to} includes
 * the instant it names.
 */
@Component
class AuditParameters {

    private final DisplayTime time;

    AuditParameters(DisplayTime time) {
        this.time = time;
    }

    /** @throws InvalidInput naming each parameter that is not valid */
    AuditFilter filter(String user, String entity, String recordId, String kind, String from, String to) {
        FieldErrors errors = new FieldErrors();
        UUID record = uuid(errors, recordId);
        AuditKind auditKind = kind(errors, kind);
        Instant earliest = instant(errors, "from", from, false);
        Instant until = instant(errors, "to", to, true);
        if (earliest != null && until != null && !earliest.isBefore(until)) {
            errors.add("from", "error.dateRange");
        }
        errors.throwIfAny();
        return new AuditFilter(blankToNull(user) == null ? null : user.trim().toLowerCase(Locale.ROOT), blankToNull(entity), record,
                auditKind, earliest, until);
    }

    private static UUID uuid(FieldErrors errors, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            errors.add("recordId", "error.badId");
            return null;
        }
    }

    private static AuditKind kind(FieldErrors errors, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return AuditKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("kind", "error.audit.kind", text.trim());
            return null;
        }
    }

    /** The instant the text names; for {@code to} (an upper bound) the first instant after it. */
    private Instant instant(FieldErrors errors, String field, String text, boolean upperBound) {
        if (blankToNull(text) == null) {
            return null;
        }
        String trimmed = text.trim();
        try {
            if (trimmed.length() == 10) {
                LocalDate day = LocalDate.parse(trimmed);
                return time.startOf(upperBound ? day.plusDays(1) : day).toInstant();
            }
            Instant instant = hasOffset(trimmed) ? OffsetDateTime.parse(trimmed).toInstant()
                    : LocalDateTime.parse(trimmed).atZone(time.zone()).toInstant();
            return upperBound ? instant.plusNanos(1) : instant;
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.add(field, "error.audit.date", trimmed);
            return null;
        }
    }

    private static boolean hasOffset(String text) {
        return text.endsWith("Z") || text.endsWith("z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
