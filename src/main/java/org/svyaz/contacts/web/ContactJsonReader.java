package org.svyaz.contacts.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.AccessInput;
import org.svyaz.access.RecordAccess;
import org.svyaz.contacts.ContactFields;
import org.svyaz.shell.FieldErrors;
import org.svyaz.users.UserManagement;

/**
 * Reads a contact's JSON body onto a base (empty for POST, the stored contact for PATCH), so a
 * PATCH changes only the properties it sends. Each wrongly typed or unknown property is reported
 * by name; read-only properties (id, createdAt, ...) are ignored, so a GET body can be sent back.
 */
@Component
class ContactJsonReader {

    private static final Set<String> TEXT = Set.of("company", "firstName", "lastName", "salutation", "title", "department",
            "phone", "phoneExt", "mobile", "fax", "homePhone", "email", "website", "address1", "address2", "city", "region",
            "postalCode", "country", "status", "referredBy");
    private static final Set<String> READ_ONLY = Set.of("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy",
            "myRecord");

    private final UserManagement users;
    private final AccessGrants grants;

    ContactJsonReader(UserManagement users, AccessGrants grants) {
        this.users = users;
        this.grants = grants;
    }

    ContactFields read(JsonNode body, ContactFields base, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            errors.add("body", "error.malformedJson");
            return base;
        }
        Map<String, Object> values = asMap(base);
        Map<String, Object> customFields = new LinkedHashMap<>();
        AccessInput access = AccessInput.NONE;
        Iterator<Map.Entry<String, JsonNode>> properties = body.fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (TEXT.contains(name)) {
                readText(name, value, values, errors);
            } else if (AccessInput.PROPERTIES.contains(name)) {
                access = access.with(name, value, errors);
            } else if (name.equals("otherEmails")) {
                values.put(name, readStrings(name, value, errors));
            } else if (name.equals("recordManager")) {
                values.put(name, readRecordManager(value, errors));
            } else if (name.equals("customFields")) {
                readCustomFields(value, customFields, errors);
            } else if (!READ_ONLY.contains(name)) {
                errors.add(name, "error.unknownProperty", name);
            }
        }
        return toFields(values, customFields).with(grants.resolve(access, base.access(), errors));
    }

    private static void readText(String name, JsonNode value, Map<String, Object> values, FieldErrors errors) {
        if (value.isNull()) {
            values.put(name, null);
        } else if (value.isTextual() || value.isNumber()) {
            values.put(name, value.asText());
        } else {
            errors.add(name, "error.badValue");
        }
    }

    private static List<String> readStrings(String name, JsonNode value, FieldErrors errors) {
        List<String> strings = new ArrayList<>();
        if (value.isNull()) {
            return strings;
        }
        if (!value.isArray()) {
            errors.add(name, "error.badValue");
            return strings;
        }
        value.forEach(element -> {
            if (element.isTextual()) {
                strings.add(element.asText());
            } else {
                errors.add(name, "error.badValue");
            }
        });
        return strings;
    }

    private UUID readRecordManager(JsonNode value, FieldErrors errors) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add("recordManager", "error.badValue");
            return null;
        }
        return users.byUserName(value.asText()).filter(user -> user.enabled()).map(user -> user.id()).orElseGet(() -> {
            errors.add("recordManager", "error.contact.unknownRecordManager");
            return null;
        });
    }

    private static void readCustomFields(JsonNode value, Map<String, Object> customFields, FieldErrors errors) {
        if (value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            errors.add("customFields", "error.badValue");
            return;
        }
        value.fields().forEachRemaining(field -> {
            JsonNode fieldValue = field.getValue();
            if (fieldValue.isNull()) {
                customFields.put(field.getKey(), null);
            } else if (fieldValue.isBoolean()) {
                customFields.put(field.getKey(), fieldValue.booleanValue());
            } else if (fieldValue.isNumber()) {
                customFields.put(field.getKey(), fieldValue.decimalValue());
            } else if (fieldValue.isTextual()) {
                customFields.put(field.getKey(), fieldValue.asText());
            } else {
                errors.add("customFields." + field.getKey(), "error.badValue");
            }
        });
    }

    private static Map<String, Object> asMap(ContactFields f) {
        Map<String, Object> values = new HashMap<>();
        values.put("company", f.company());
        values.put("firstName", f.firstName());
        values.put("lastName", f.lastName());
        values.put("salutation", f.salutation());
        values.put("title", f.title());
        values.put("department", f.department());
        values.put("phone", f.phone());
        values.put("phoneExt", f.phoneExt());
        values.put("mobile", f.mobile());
        values.put("fax", f.fax());
        values.put("homePhone", f.homePhone());
        values.put("email", f.email());
        values.put("otherEmails", f.otherEmails());
        values.put("website", f.website());
        values.put("address1", f.address1());
        values.put("address2", f.address2());
        values.put("city", f.city());
        values.put("region", f.region());
        values.put("postalCode", f.postalCode());
        values.put("country", f.country());
        values.put("status", f.status());
        values.put("recordManager", f.recordManagerId());
        values.put("referredBy", f.referredBy());
        return values;
    }

    @SuppressWarnings("unchecked")
    private static ContactFields toFields(Map<String, Object> v, Map<String, Object> customFields) {
        return new ContactFields((String) v.get("company"), (String) v.get("firstName"), (String) v.get("lastName"),
                (String) v.get("salutation"), (String) v.get("title"), (String) v.get("department"), (String) v.get("phone"),
                (String) v.get("phoneExt"), (String) v.get("mobile"), (String) v.get("fax"), (String) v.get("homePhone"),
                (String) v.get("email"), (List<String>) v.get("otherEmails"), (String) v.get("website"),
                (String) v.get("address1"), (String) v.get("address2"), (String) v.get("city"), (String) v.get("region"),
                (String) v.get("postalCode"), (String) v.get("country"), (String) v.get("status"),
                (UUID) v.get("recordManager"), (String) v.get("referredBy"), RecordAccess.PUBLIC, customFields);
    }
}
