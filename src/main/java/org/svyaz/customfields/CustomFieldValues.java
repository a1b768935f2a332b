package org.svyaz.customfields;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.svyaz.customfields.internal.JooqCustomFields;
import org.svyaz.customfields.internal.JooqCustomValues;
import org.svyaz.shell.FieldErrors;

/**
 * Reads, checks and writes the values of custom fields. Values are typed: TEXT and PICKLIST
 * are strings, NUMBER a {@link BigDecimal}, DATE a {@link LocalDate}, BOOLEAN a {@link Boolean};
 * a field without a value is null.
 */
@Service
public class CustomFieldValues {

    private static final int MAX_TEXT_LENGTH = 1000;
    private static final BigDecimal LARGEST_NUMBER = new BigDecimal("1e18");
    private static final int NUMBER_SCALE = 6;
    /** Strict, so that 31.02.2003 is refused rather than read as 28.02.2003. */
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("true", "on", "yes", "1", "да");
    private static final Set<String> NO = Set.of("false", "off", "no", "0", "нет", "");

    private final JooqCustomFields fields;
    private final JooqCustomValues values;

    CustomFieldValues(JooqCustomFields fields, JooqCustomValues values) {
        this.fields = fields;
        this.values = values;
    }

    /** Every custom field of each record, null where it has no value, in the fields' order. */
    public Map<UUID, Map<String, Object>> valuesOf(String entity, Collection<UUID> recordIds) {
        List<CustomField> defined = fields.ofEntity(entity);
        Map<UUID, Map<String, Object>> stored = values.of(defined, recordIds);
        Map<UUID, Map<String, Object>> result = new LinkedHashMap<>();
        for (UUID recordId : recordIds) {
            Map<String, Object> own = stored.getOrDefault(recordId, Map.of());
            Map<String, Object> all = new LinkedHashMap<>();
            defined.forEach(field -> all.put(field.name(), own.get(field.name())));
            result.put(recordId, all);
        }
        return result;
    }

    /**
     * Converts values as a form or a JSON body gives them (strings, numbers, booleans, null) to
     * typed values, reporting each problem under {@code customFields.<name>}.
     */
    public Map<String, Object> convert(String entity, Map<String, ?> raw, FieldErrors errors) {
        Map<String, CustomField> byName = new LinkedHashMap<>();
        fields.ofEntity(entity).forEach(field -> byName.put(field.name(), field));
        Map<String, Object> converted = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            CustomField field = byName.get(name);
            if (field == null) {
                errors.add("customFields." + name, "error.customField.unknown", name);
            } else {
                converted.put(name, convert(field, value, errors));
            }
        });
        return converted;
    }

    /**
     * Stores the given values (null clears) of one record and journals each that changed.
     *
     * @return whether any value changed
     */
    public boolean write(String entity, UUID recordId, Map<String, Object> typedValues) {
        return !typedValues.isEmpty() && values.write(entity, fields.ofEntity(entity), recordId, typedValues);
    }

    /** Stores the values of many new records at once (records without values yet), journaled. */
    public void writeAll(String entity, Map<UUID, Map<String, Object>> typedValuesByRecord) {
        values.insertAll(entity, fields.ofEntity(entity), typedValuesByRecord);
    }

    /** Removes the values of a record about to be deleted, each journaled as cleared. */
    public void deleteAllOf(String entity, UUID recordId) {
        values.deleteAllOf(entity, fields.ofEntity(entity), recordId);
    }

    private static Object convert(CustomField field, Object value, FieldErrors errors) {
        String key = field.qualifiedName();
        if (value == null || (value instanceof String text && text.isBlank() && field.type() != CustomFieldType.BOOLEAN)) {
            return null;
        }
        return switch (field.type()) {
            case TEXT -> {
                String text = value.toString().trim();
                errors.checkLength(key, text, MAX_TEXT_LENGTH);
                yield text;
            }
            case PICKLIST -> {
                String choice = value.toString().trim();
                if (!field.options().contains(choice)) {
                    errors.add(key, "error.customField.notAnOption", choice);
                }
                yield choice;
            }
            case NUMBER -> toNumber(value, key, errors);
            case DATE -> toDate(value, key, errors);
            case BOOLEAN -> toBoolean(value, key, errors);
        };
    }

    private static BigDecimal toNumber(Object value, String key, FieldErrors errors) {
        try {
            BigDecimal number = value instanceof Number n ? new BigDecimal(n.toString())
                    : NumberText.parse(value.toString(), LocaleContextHolder.getLocale());
            if (number.abs().compareTo(LARGEST_NUMBER) >= 0) {
                errors.add(key, "error.customField.numberTooLarge");
                return null;
            }
            return number.setScale(Math.min(Math.max(number.scale(), 0), NUMBER_SCALE), RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            errors.add(key, "error.customField.number");
            return null;
        }
    }

    private static LocalDate toDate(Object value, String key, FieldErrors errors) {
        String text = value.toString().trim();
        try {
            LocalDate date = text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
            if (date.getYear() < 1 || date.getYear() > 9999) {
                errors.add(key, "error.customField.date");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(key, "error.customField.date");
            return null;
        }
    }

    private static Boolean toBoolean(Object value, String key, FieldErrors errors) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        errors.add(key, "error.customField.boolean");
        return null;
    }
}
