package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;
import static org.svyaz.schema.Tables.CUSTOM_VALUE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.access.Access;
import org.svyaz.contacts.ContactStatus;
import org.svyaz.customfields.CustomField;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Operator;
import org.svyaz.lookups.internal.LookupFields.ContactField;
import org.svyaz.shell.DisplayTime;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.User;

/**
 * The SQL condition of one criterion. Text compares by its search key (lower case, ё as е), so
 * "москва" finds "Москва"; a phone number compares by its digits, so "4951234567" and
 * "123-45-67" both find "+7 (495) 123-45-67" (equals means "ends with these digits": a number
 * given without country or city code); numbers and dates compare as numbers and dates.
 */
@Component
class CriterionConditions {

    private static final char ESCAPE = '!';
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> YES = Set.of("true", "yes", "да", "1");
    private static final Set<String> NO = Set.of("false", "no", "нет", "0");
    private static final List<String> PHONE_FIELDS = List.of("phone", "mobile", "fax", "homePhone");

    private final LookupFields fields;
    private final LookupValues values;
    private final DisplayTime time;
    private final TextMatch match;

    CriterionConditions(LookupFields fields, LookupValues values, DisplayTime time, TextMatch match) {
        this.fields = fields;
        this.values = values;
        this.time = time;
        this.match = match;
    }

    Condition of(Criterion criterion, String key, FieldErrors errors) {
        if (criterion == null || criterion.operator() == null) {
            errors.add(key, "error.lookup.operator");
            return DSL.noCondition();
        }
        if (criterion.field() == null || criterion.field().isBlank()) {
            errors.add(key, "error.lookup.unknownField", "");
            return DSL.noCondition();
        }
        if (criterion.operator().takesValue() && (criterion.value() == null || criterion.value().isBlank())) {
            errors.add(key, "error.lookup.valueRequired", criterion.field());
            return DSL.noCondition();
        }
        Optional<ContactField> field = fields.contactField(criterion.field());
        if (field.isPresent()) {
            return contactField(field.get(), criterion, key, errors);
        }
        Optional<CustomField> custom = fields.customField(criterion.field());
        if (custom.isPresent()) {
            return customField(custom.get(), criterion, key, errors);
        }
        errors.add(key, "error.lookup.unknownField", String.valueOf(criterion.field()));
        return DSL.noCondition();
    }

    private Condition contactField(ContactField field, Criterion criterion, String key, FieldErrors errors) {
        return switch (field.kind()) {
            case KEYED_TEXT -> keyedText(field, criterion, key, errors);
            case TEXT -> text(folded(field.column()), field.column(), criterion, key, errors);
            case PHONE -> phone(field, criterion, key, errors);
            case ANY_PHONE -> anyPhone(criterion, key, errors);
            case STATUS -> status(criterion, key, errors);
            case RECORD_MANAGER -> recordManager(criterion, key, errors);
            case BOOLEAN -> equality(DSL.field(CONTACT.ACCESS.eq(Access.PRIVATE.name())), yesOrNo(criterion, key, errors), criterion, key, errors);
            case MY_RECORD -> myRecord(criterion, key, errors);
            case INSTANT -> instant(field, criterion, key, errors);
            case CUSTOM -> DSL.noCondition();
        };
    }

    /**
     * A field with a search key. "Contains" also asks the keyword text, which holds the key:
     * that adds nothing to the answer but lets PostgreSQL use the keyword trigram index.
     */
    private Condition keyedText(ContactField field, Criterion criterion, String key, FieldErrors errors) {
        Condition condition = text(field.searchKey(), field.column(), criterion, key, errors);
        if (criterion.operator() == Operator.CONTAINS) {
            return match.contains(KeywordSearch.CONTACT_TEXT, SearchKeys.text(criterion.value())).and(condition);
        }
        return condition;
    }

    /** A text comparison on a key that is already folded; {@code original} tells empty from not. */
    private Condition text(Field<String> searchKey, Field<?> original, Criterion criterion, String key, FieldErrors errors) {
        String value = SearchKeys.text(criterion.value());
        return switch (criterion.operator()) {
            case EQUALS -> searchKey.eq(value);
            case NOT_EQUALS -> searchKey.ne(value);
            case CONTAINS -> match.contains(searchKey, value);
            case STARTS_WITH -> searchKey.like(prefix(escaped(value)), ESCAPE);
            case EMPTY -> original.cast(String.class).eq("");
            case NOT_EMPTY -> original.cast(String.class).ne("");
            case LESS_THAN -> searchKey.lt(value);
            case GREATER_THAN -> searchKey.gt(value);
        };
    }

    private Condition phone(ContactField field, Criterion criterion, String key, FieldErrors errors) {
        Field<String> digits = field.searchKey();
        if (!criterion.operator().takesValue()) {
            return criterion.operator() == Operator.EMPTY ? digits.eq("") : digits.ne("");
        }
        String reversed = SearchKeys.phone(criterion.value());
        if (reversed.isEmpty()) {
            errors.add(key, "error.lookup.phoneDigits");
            return DSL.noCondition();
        }
        return switch (criterion.operator()) {
            case EQUALS -> digits.like(prefix(escaped(reversed)), ESCAPE);
            case NOT_EQUALS -> digits.notLike(prefix(escaped(reversed)), ESCAPE);
            case CONTAINS -> match.contains(digits, reversed);
            case STARTS_WITH -> digits.like("%" + escaped(reversed), ESCAPE);
            default -> unsupported(criterion, key, errors);
        };
    }

    /** Any of the four phone numbers; "not equals" and "empty" hold for all four. */
    private Condition anyPhone(Criterion criterion, String key, FieldErrors errors) {
        List<Condition> each = PHONE_FIELDS.stream()
                .map(name -> phone(fields.contactField(name).orElseThrow(), criterion, key, errors))
                .toList();
        boolean allOfThem = criterion.operator() == Operator.NOT_EQUALS || criterion.operator() == Operator.EMPTY;
        return allOfThem ? DSL.and(each) : DSL.or(each);
    }

    /** A status by its code or by its name as users see it, in either language. */
    private Condition status(Criterion criterion, String key, FieldErrors errors) {
        if (criterion.value() == null) {
            return unsupported(criterion, key, errors);
        }
        Optional<UUID> status = values.status(criterion.value()).map(ContactStatus::id);
        if (status.isEmpty()) {
            errors.add(key, "error.lookup.unknownStatus", criterion.value().trim());
            return DSL.noCondition();
        }
        if (criterion.operator() == Operator.NOT_EQUALS) {
            // a contact without a status (a My Record) has none of them
            return CONTACT.STATUS.ne(status.get()).or(CONTACT.STATUS.isNull());
        }
        return equality(CONTACT.STATUS, status.get(), criterion, key, errors);
    }

    /** A record manager by user name or full name. */
    private Condition recordManager(Criterion criterion, String key, FieldErrors errors) {
        if (criterion.value() == null) {
            return unsupported(criterion, key, errors);
        }
        List<User> named = values.users(criterion.value());
        if (named.size() != 1) {
            errors.add(key, named.isEmpty() ? "error.lookup.unknownUser" : "error.lookup.ambiguousUser", criterion.value().trim());
            return DSL.noCondition();
        }
        return equality(CONTACT.RECORD_MANAGER_ID, named.get(0).id(), criterion, key, errors);
    }

    /** Whether the contact is some user's My Record. */
    private Condition myRecord(Criterion criterion, String key, FieldErrors errors) {
        Boolean yes = yesOrNo(criterion, key, errors);
        if (yes == null || (criterion.operator() != Operator.EQUALS && criterion.operator() != Operator.NOT_EQUALS)) {
            return yes == null ? DSL.noCondition() : unsupported(criterion, key, errors);
        }
        boolean wanted = yes == (criterion.operator() == Operator.EQUALS);
        return wanted ? CONTACT.MY_RECORD_OF.isNotNull() : CONTACT.MY_RECORD_OF.isNull();
    }

    private <T> Condition equality(Field<T> column, T value, Criterion criterion, String key, FieldErrors errors) {
        return switch (criterion.operator()) {
            case EQUALS -> column.eq(value);
            case NOT_EQUALS -> column.ne(value);
            default -> unsupported(criterion, key, errors);
        };
    }

    private Condition instant(ContactField field, Criterion criterion, String key, FieldErrors errors) {
        @SuppressWarnings("unchecked")
        Field<OffsetDateTime> column = (Field<OffsetDateTime>) field.column();
        LocalDate day = date(criterion, key, errors);
        if (day == null) {
            return DSL.noCondition();
        }
        OffsetDateTime start = time.startOf(day);
        OffsetDateTime next = time.startOf(day.plusDays(1));
        return switch (criterion.operator()) {
            case EQUALS -> column.ge(start).and(column.lt(next));
            case NOT_EQUALS -> column.lt(start).or(column.ge(next));
            case LESS_THAN -> column.lt(start);
            case GREATER_THAN -> column.ge(next);
            default -> unsupported(criterion, key, errors);
        };
    }

    private Condition customField(CustomField field, Criterion criterion, String key, FieldErrors errors) {
        var values = CUSTOM_VALUE.as("v");
        Condition ofThisField = values.RECORD_ID.eq(CONTACT.ID).and(values.FIELD_ID.eq(field.id()));
        if (criterion.operator() == Operator.EMPTY) {
            return DSL.notExists(DSL.selectOne().from(values).where(ofThisField));
        }
        if (criterion.operator() == Operator.NOT_EMPTY) {
            return DSL.exists(DSL.selectOne().from(values).where(ofThisField));
        }
        boolean negated = criterion.operator() == Operator.NOT_EQUALS;
        Criterion positive = negated ? new Criterion(criterion.field(), Operator.EQUALS, criterion.value()) : criterion;
        Condition valueCondition = switch (field.type()) {
            case TEXT, PICKLIST -> text(values.TEXT_SEARCH, values.TEXT_VALUE, positive, key, errors);
            case NUMBER -> ordered(values.NUMBER_VALUE, number(criterion, key, errors), positive, key, errors);
            case DATE -> ordered(values.DATE_VALUE, date(criterion, key, errors), positive, key, errors);
            case BOOLEAN -> equality(values.BOOLEAN_VALUE, yesOrNo(criterion, key, errors), positive, key, errors);
        };
        var matching = DSL.selectOne().from(values).where(ofThisField).and(valueCondition);
        // a contact without a value is "not equal" to any value
        return negated ? DSL.notExists(matching) : DSL.exists(matching);
    }

    private <T> Condition ordered(Field<T> column, T value, Criterion criterion, String key, FieldErrors errors) {
        if (value == null) {
            return DSL.noCondition();
        }
        return switch (criterion.operator()) {
            case EQUALS -> column.eq(value);
            case LESS_THAN -> column.lt(value);
            case GREATER_THAN -> column.gt(value);
            default -> unsupported(criterion, key, errors);
        };
    }

    private static BigDecimal number(Criterion criterion, String key, FieldErrors errors) {
        try {
            return new BigDecimal(criterion.value().replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            errors.add(key, "error.lookup.number");
            return null;
        }
    }

    private static LocalDate date(Criterion criterion, String key, FieldErrors errors) {
        String text = criterion.value() == null ? "" : criterion.value().trim();
        try {
            return text.contains(".") ? LocalDate.parse(text, RUSSIAN_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(key, "error.lookup.date");
            return null;
        }
    }

    private static Boolean yesOrNo(Criterion criterion, String key, FieldErrors errors) {
        String text = criterion.value() == null ? "" : criterion.value().trim().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return true;
        }
        if (NO.contains(text)) {
            return false;
        }
        if (criterion.operator().takesValue()) {
            errors.add(key, "error.lookup.boolean");
        }
        return null;
    }

    private static Condition unsupported(Criterion criterion, String key, FieldErrors errors) {
        errors.add(key, "error.lookup.operatorForField", criterion.operator().apiName(), criterion.field());
        return DSL.noCondition();
    }

    /** Lower case with ё as е, computed by the database for fields without a stored search key. */
    private static Field<String> folded(Field<?> column) {
        return DSL.replace(DSL.lower(column.cast(String.class)), "ё", "е");
    }

    private static String escaped(String value) {
        return TextMatch.escaped(value);
    }

    /**
     * A LIKE pattern for "begins with", written into the SQL rather than bound: PostgreSQL turns
     * a prefix into an index range only when it sees the pattern, and a prepared statement run
     * often enough gets a plan made without it.
     */
    private static Field<String> prefix(String escapedValue) {
        return DSL.inline(escapedValue + "%");
    }
}
