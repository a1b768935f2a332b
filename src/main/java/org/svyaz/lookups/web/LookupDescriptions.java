package org.svyaz.lookups.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactSort;
import org.svyaz.lookups.Criterion;
import org.svyaz.lookups.Match;
import org.svyaz.lookups.Operator;
import org.svyaz.lookups.internal.LookupValues;
import org.svyaz.users.User;

/** Says in words, in the user's language, which contacts a lookup holds. */
@Component
class LookupDescriptions {

    private final MessageSource messages;
    private final CustomFieldManagement customFields;
    private final LookupValues values;

    LookupDescriptions(MessageSource messages, CustomFieldManagement customFields, LookupValues values) {
        this.messages = messages;
        this.customFields = customFields;
        this.values = values;
    }

    String describe(ContactFilter filter) {
        if (filter instanceof ContactFilter.Criteria criteria) {
            String joiner = " " + text(criteria.match() == Match.ANY ? "lookup.or" : "lookup.and") + " ";
            List<Criterion> shown = criteria.criteria().stream()
                    .filter(criterion -> criteria.match() == Match.ANY || criteria.criteria().size() == 1 || !excludesMyRecords(criterion))
                    .toList();
            return shown.stream().map(this::describe).collect(Collectors.joining(joiner));
        }
        if (filter instanceof ContactFilter.Keyword keyword) {
            return text("lookup.describe.keyword", keyword.text());
        }
        if (filter instanceof ContactFilter.MyRecord) {
            return text("lookup.builtin.myRecord");
        }
        if (filter instanceof ContactFilter.Tagged) {
            return text("lookup.describe.tagged");
        }
        if (filter instanceof ContactFilter.InGroup group) {
            return text("lookup.describe.group", group.groupName());
        }
        if (filter instanceof ContactFilter.Fixed fixed) {
            return text("lookup.describe.fixed", describe(fixed.origin()));
        }
        if (filter instanceof ContactFilter.Both both) {
            return text("lookup.describe.both", describe(both.first()), describe(both.second()));
        }
        if (filter instanceof ContactFilter.Either either) {
            return text("lookup.describe.either", describe(either.first()), describe(either.second()));
        }
        if (filter instanceof ContactFilter.Without without) {
            return text("lookup.describe.without", describe(without.base()), describe(without.removed()));
        }
        return text("lookup.builtin.all");
    }

    /** The sort keys a user chose, by their labels, a falling order marked. */
    String describe(ContactSort sort) {
        return sort.keys().stream()
                .map(key -> fieldLabel(key.field()) + (key.descending() ? " ↓" : ""))
                .collect(Collectors.joining(", "));
    }

    private String describe(Criterion criterion) {
        String field = fieldLabel(criterion.field());
        String operator = text("lookup.op." + criterion.operator().apiName());
        return criterion.operator().takesValue() ? field + " " + operator + " «" + shownValue(criterion) + "»" : field + " " + operator;
    }

    /**
     * "Not a user's My Record" is how My Prospects and My Clients leave the users' own records
     * out, not a condition the user chose: saying it would only puzzle them.
     */
    private static boolean excludesMyRecords(Criterion criterion) {
        return "myRecord".equals(criterion.field()) && criterion.operator() == Operator.EQUALS
                && List.of("false", "no", "нет", "0").contains(String.valueOf(criterion.value()).trim().toLowerCase(Locale.ROOT));
    }

    /** A status by its name in the user's language, a record manager by full name; other values as typed. */
    private String shownValue(Criterion criterion) {
        if ("status".equals(criterion.field())) {
            return values.status(criterion.value()).map(status -> status.name(locale())).orElse(criterion.value());
        }
        if ("recordManager".equals(criterion.field())) {
            List<User> named = values.users(criterion.value());
            return named.size() == 1 ? named.get(0).fullName() : criterion.value();
        }
        return criterion.value();
    }

    String fieldLabel(String field) {
        if (field.startsWith("customFields.")) {
            String name = field.substring("customFields.".length());
            return customFields.fieldsOf("contact").stream().filter(f -> f.name().equals(name)).map(f -> f.labelIn(locale()))
                    .findFirst().orElse(name);
        }
        return messages.getMessage("field." + field, null, field, locale());
    }

    List<String> operators() {
        return List.of("equals", "notEquals", "contains", "startsWith", "empty", "notEmpty", "lt", "gt");
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
