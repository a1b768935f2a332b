package org.svyaz.lookups.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.Contact;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.NumberText;
import org.svyaz.lookups.ContactColumn;
import org.svyaz.lookups.internal.LookupFields;
import org.svyaz.shell.Formats;

/**
 * The text of each cell of the Contact List, as the viewer reads it: statuses by their name,
 * numbers, dates and yes/no of custom fields in the viewer's language.
 */
@Component
class ListCells {

    private final LookupFields fields;
    private final MessageSource messages;

    ListCells(LookupFields fields, MessageSource messages) {
        this.fields = fields;
        this.messages = messages;
    }

    /** Per contact id, the text of each column. */
    Map<UUID, Map<String, String>> of(List<Contact> contacts, List<String> columns, Map<String, String> statusNames, Locale locale) {
        Map<String, Optional<CustomField>> custom = new LinkedHashMap<>();
        columns.forEach(column -> custom.put(column, fields.customField(column)));
        Map<UUID, Map<String, String>> cells = new LinkedHashMap<>();
        for (Contact contact : contacts) {
            Map<String, String> row = new LinkedHashMap<>();
            for (String column : columns) {
                row.put(column, custom.get(column).map(field -> customText(field, contact, locale))
                        .orElseGet(() -> ownText(column, contact, statusNames)));
            }
            cells.put(contact.id(), row);
        }
        return cells;
    }

    private static String ownText(String column, Contact contact, Map<String, String> statusNames) {
        return ContactColumn.ofApiName(column).map(known -> switch (known) {
            case COMPANY -> contact.company();
            case LAST_NAME -> contact.lastName();
            case FIRST_NAME -> contact.firstName();
            case TITLE -> contact.title();
            case DEPARTMENT -> contact.department();
            case PHONE -> contact.phone();
            case MOBILE -> contact.mobile();
            case EMAIL -> contact.email();
            case CITY -> contact.city();
            case REGION -> contact.region();
            case POSTAL_CODE -> contact.postalCode();
            case COUNTRY -> contact.country();
            case STATUS -> statusNames.getOrDefault(contact.status(), contact.status());
        }).orElse("");
    }

    private String customText(CustomField field, Contact contact, Locale locale) {
        Object value = contact.customFields().get(field.name());
        if (value instanceof BigDecimal number) {
            return NumberText.format(number, locale);
        }
        if (value instanceof LocalDate date) {
            return Formats.text(date, locale, messages);
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "yes" : "no", null, locale);
        }
        return value == null ? "" : value.toString();
    }
}
