package org.svyaz.contacts.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactFields;
import org.svyaz.customfields.CustomFieldValues;
import org.svyaz.shell.FieldErrors;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.UserManagement;

/**
 * The rules a contact's fields obey: at least a company or a name, lengths the columns hold,
 * e-mail addresses that look like addresses, a status from the list, a record manager who is
 * a user. Every problem is reported at once, under the field's API name.
 */
@Component
public class ContactRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final int MAX_OTHER_EMAILS = 10;
    /** The single-line text fields with the longest text each holds. */
    static final Map<String, Integer> TEXT_FIELDS = textFields();

    private final JooqContactStatuses statuses;
    private final UserManagement users;
    private final CustomFieldValues customValues;

    ContactRules(JooqContactStatuses statuses, UserManagement users, CustomFieldValues customValues) {
        this.statuses = statuses;
        this.users = users;
        this.customValues = customValues;
    }

    public ValidContact check(ContactFields fields, CurrentUser editor) {
        return checkAll(List.of(fields), editor).get(0);
    }

    /**
     * Checks a user's My Record: it may stay without a status, as it starts (a colleague is no
     * sales prospect); a status given is checked as for any contact.
     */
    public ValidContact checkMyRecord(ContactFields fields, CurrentUser editor) {
        ValidContact checked = check(fields, editor);
        if (fields.status() != null && !fields.status().isBlank()) {
            return checked;
        }
        return new ValidContact(checked.text(), checked.otherEmails(), null, checked.recordManagerId(), checked.access(),
                checked.customFields());
    }

    /** Checks many contacts against one reading of the status list and the users. */
    public List<ValidContact> checkAll(List<ContactFields> contacts, CurrentUser editor) {
        Map<String, UUID> statusIds = new LinkedHashMap<>();
        statuses.all().forEach(status -> statusIds.put(status.code(), status.id()));
        Map<UUID, Boolean> activeUsers = new java.util.HashMap<>();
        return contacts.stream().map(fields -> check(fields, editor, statusIds, activeUsers)).toList();
    }

    /** @param statusIds the status list's ids by code, in its order (the first is the default) */
    private ValidContact check(ContactFields fields, CurrentUser editor, Map<String, UUID> statusIds, Map<UUID, Boolean> activeUsers) {
        FieldErrors errors = new FieldErrors();
        Map<String, String> text = cleanText(fields);
        text.forEach((field, value) -> errors.checkLength(field, value, TEXT_FIELDS.get(field)));
        if (text.get("company").isEmpty() && text.get("firstName").isEmpty() && text.get("lastName").isEmpty()) {
            errors.add("name", "error.contact.nameRequired");
        }
        if (!text.get("email").isEmpty() && !EMAIL.matcher(text.get("email")).matches()) {
            errors.add("email", "error.email");
        }
        List<String> otherEmails = (fields.otherEmails() == null ? List.<String>of() : fields.otherEmails()).stream()
                .map(email -> email == null ? "" : email.trim())
                .filter(email -> !email.isEmpty())
                .distinct()
                .toList();
        if (otherEmails.stream().anyMatch(email -> !EMAIL.matcher(email).matches() || email.length() > 254)) {
            errors.add("otherEmails", "error.email");
        } else if (otherEmails.size() > MAX_OTHER_EMAILS) {
            errors.add("otherEmails", "error.contact.tooManyEmails", MAX_OTHER_EMAILS);
        }
        String status = fields.status() == null || fields.status().isBlank() ? statusIds.keySet().iterator().next() : fields.status().trim();
        if (!statusIds.containsKey(status)) {
            errors.add("status", "error.contact.unknownStatus", status);
        }
        UUID recordManager = fields.recordManagerId() == null ? editor.id() : fields.recordManagerId();
        boolean activeUser = fields.recordManagerId() == null || activeUsers.computeIfAbsent(recordManager,
                id -> users.findById(id).filter(user -> user.enabled()).isPresent());
        if (!activeUser) {
            errors.add("recordManager", "error.contact.unknownRecordManager");
        }
        Map<String, ?> rawCustom = fields.customFields() == null ? Map.of() : fields.customFields();
        Map<String, Object> custom = customValues.convert("contact", rawCustom, errors);
        errors.throwIfAny();
        return new ValidContact(text, String.join("\n", otherEmails), statusIds.get(status), recordManager, fields.access(), custom);
    }

    private static Map<String, String> cleanText(ContactFields fields) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put("company", clean(fields.company()));
        text.put("firstName", clean(fields.firstName()));
        text.put("lastName", clean(fields.lastName()));
        text.put("salutation", clean(fields.salutation()));
        text.put("title", clean(fields.title()));
        text.put("department", clean(fields.department()));
        text.put("phone", clean(fields.phone()));
        text.put("phoneExt", clean(fields.phoneExt()));
        text.put("mobile", clean(fields.mobile()));
        text.put("fax", clean(fields.fax()));
        text.put("homePhone", clean(fields.homePhone()));
        text.put("email", clean(fields.email()));
        text.put("website", clean(fields.website()));
        text.put("address1", clean(fields.address1()));
        text.put("address2", clean(fields.address2()));
        text.put("city", clean(fields.city()));
        text.put("region", clean(fields.region()));
        text.put("postalCode", clean(fields.postalCode()));
        text.put("country", clean(fields.country()));
        text.put("referredBy", clean(fields.referredBy()));
        return text;
    }

    /** Trims, and turns line breaks and other control characters of a one-line field into spaces. */
    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        value.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return cleaned.toString().trim();
    }

    private static Map<String, Integer> textFields() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        lengths.put("company", 200);
        lengths.put("firstName", 100);
        lengths.put("lastName", 100);
        lengths.put("salutation", 100);
        lengths.put("title", 200);
        lengths.put("department", 200);
        lengths.put("phone", 50);
        lengths.put("phoneExt", 20);
        lengths.put("mobile", 50);
        lengths.put("fax", 50);
        lengths.put("homePhone", 50);
        lengths.put("email", 254);
        lengths.put("website", 500);
        lengths.put("address1", 200);
        lengths.put("address2", 200);
        lengths.put("city", 100);
        lengths.put("region", 100);
        lengths.put("postalCode", 20);
        lengths.put("country", 100);
        lengths.put("referredBy", 200);
        return lengths;
    }
}
