package org.svyaz.groups.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.customfields.CustomFieldType;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupLookup;
import org.svyaz.groups.GroupManagement;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.SearchKeys;

/**
 * Group lookups (SPEC G6), evaluated in memory: a company keeps hundreds or a few thousand
 * groups, which are read whole for the tree anyway. Text compares as contact lookups compare it
 * (case and ё ignored); custom numbers and dates compare as numbers and dates.
 */
@Component
public class GroupMatcher {

    /** The group fields a lookup may name, as the API names them. */
    public static final List<String> FIELDS = List.of("name", "description", "phone", "address", "city", "website");
    private static final Set<Operator> ORDERED = Set.of(Operator.LESS_THAN, Operator.GREATER_THAN);

    private final CustomFieldManagement customFields;

    GroupMatcher(CustomFieldManagement customFields) {
        this.customFields = customFields;
    }

    /** @throws org.svyaz.shell.InvalidInput naming each criterion with an unknown field, operator or value */
    public void check(GroupLookup lookup) {
        FieldErrors errors = new FieldErrors();
        List<Criterion> criteria = lookup.criteria() == null ? List.of() : lookup.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            String at = "criteria[" + i + "]";
            Optional<CustomField> custom = customField(criterion.field());
            if (!FIELDS.contains(criterion.field()) && custom.isEmpty()) {
                errors.add(at, "error.lookup.unknownField", String.valueOf(criterion.field()));
            } else if (criterion.operator() == null) {
                errors.add(at, "error.lookup.operator");
            } else if (criterion.operator().takesValue() && (criterion.value() == null || criterion.value().isBlank())) {
                errors.add(at, "error.lookup.valueRequired", criterion.field());
            } else if (ORDERED.contains(criterion.operator()) && !isOrdered(custom)) {
                errors.add(at, "error.lookup.operatorForField", criterion.operator().apiName(), criterion.field());
            } else if (custom.isPresent() && criterion.operator().takesValue() && comparable(custom.get(), criterion.value()) == null) {
                errors.add(at, "error.lookup." + (custom.get().type() == CustomFieldType.DATE ? "date" : "number"));
            }
        }
        errors.throwIfAny();
    }

    public boolean matches(Group group, GroupLookup lookup) {
        List<Criterion> criteria = lookup.criteria() == null ? List.of() : lookup.criteria();
        boolean byCriteria = criteria.isEmpty()
                || (lookup.match() == Match.ANY ? criteria.stream().anyMatch(c -> matches(group, c)) : criteria.stream().allMatch(c -> matches(group, c)));
        return byCriteria && matchesKeyword(group, lookup.keyword());
    }

    private boolean matches(Group group, Criterion criterion) {
        Optional<CustomField> custom = customField(criterion.field());
        Object value = custom.isPresent() ? group.customFields().get(custom.get().name()) : textOf(group, criterion.field());
        boolean empty = value == null || value.toString().isBlank();
        return switch (criterion.operator()) {
            case EMPTY -> empty;
            case NOT_EMPTY -> !empty;
            case EQUALS, NOT_EQUALS, CONTAINS, STARTS_WITH, LESS_THAN, GREATER_THAN ->
                    !empty && compares(value, criterion, custom.orElse(null));
        };
    }

    private boolean compares(Object value, Criterion criterion, CustomField custom) {
        if (custom != null && isOrdered(Optional.of(custom))) {
            @SuppressWarnings("unchecked")
            int order = ((Comparable<Object>) value).compareTo(comparable(custom, criterion.value()));
            return switch (criterion.operator()) {
                case EQUALS -> order == 0;
                case NOT_EQUALS -> order != 0;
                case LESS_THAN -> order < 0;
                case GREATER_THAN -> order > 0;
                default -> SearchKeys.text(value.toString()).contains(SearchKeys.text(criterion.value()));
            };
        }
        String stored = SearchKeys.text(value.toString());
        String wanted = SearchKeys.text(criterion.value());
        return switch (criterion.operator()) {
            case EQUALS -> stored.equals(wanted);
            case NOT_EQUALS -> !stored.equals(wanted);
            case CONTAINS -> stored.contains(wanted);
            case STARTS_WITH -> stored.startsWith(wanted);
            default -> false;
        };
    }

    /** Every word of the keyword in one of the group's text fields or custom values. */
    private static boolean matchesKeyword(Group group, String keyword) {
        if (keyword == null || keyword.isBlank()) {
            return true;
        }
        StringBuilder text = new StringBuilder();
        FIELDS.forEach(field -> text.append(textOf(group, field)).append(' '));
        group.customFields().values().forEach(value -> text.append(value == null ? "" : value).append(' '));
        String haystack = SearchKeys.text(text.toString());
        return Arrays.stream(SearchKeys.text(keyword).split(" ")).allMatch(haystack::contains);
    }

    private static String textOf(Group group, String field) {
        return switch (field) {
            case "name" -> group.name();
            case "description" -> group.description();
            case "phone" -> group.phone();
            case "address" -> group.address();
            case "city" -> group.city();
            case "website" -> group.website();
            default -> "";
        };
    }

    private Optional<CustomField> customField(String field) {
        if (field == null || !field.startsWith("customFields.")) {
            return Optional.empty();
        }
        String name = field.substring("customFields.".length());
        return customFields.fieldsOf(GroupManagement.ENTITY).stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static boolean isOrdered(Optional<CustomField> field) {
        return field.map(f -> f.type() == CustomFieldType.NUMBER || f.type() == CustomFieldType.DATE).orElse(false);
    }

    /** The criterion's value as the field's type compares it, or null when it is not one. */
    private static Object comparable(CustomField field, String value) {
        try {
            return switch (field.type()) {
                case NUMBER -> new BigDecimal(value.trim());
                case DATE -> LocalDate.parse(value.trim());
                case BOOLEAN -> Boolean.parseBoolean(value.trim());
                default -> value;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }
}
