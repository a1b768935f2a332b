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

/** Says in words, in the user's language, which contacts a lookup holds. */
@Component
class LookupDescriptions {

    private final MessageSource messages;
    private final CustomFieldManagement customFields;

    LookupDescriptions(MessageSource messages, CustomFieldManagement customFields) {
        this.messages = messages;
        this.customFields = customFields;
    }

    String describe(ContactFilter filter) {
        if (filter instanceof ContactFilter.Criteria criteria) {
            String joiner = " " + text(criteria.match() == Match.ANY ? "lookup.or" : "lookup.and") + " ";
            return criteria.criteria().stream().map(this::describe).collect(Collectors.joining(joiner));
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
        return criterion.operator().takesValue() ? field + " " + operator + " «" + criterion.value() + "»" : field + " " + operator;
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
