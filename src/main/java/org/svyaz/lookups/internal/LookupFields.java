package org.svyaz.lookups.internal;

import static org.svyaz.schema.Tables.CONTACT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.svyaz.access.Access;
import org.svyaz.customfields.CustomField;
import org.svyaz.customfields.CustomFieldManagement;

/**
 * The fields a lookup may name, as the API names them, and how each is stored: text with a
 * search key, other text, phone numbers, the status, the record manager, yes/no, dates, and
 * custom fields of every type.
 */
@Component
public class LookupFields {

    /** How a field's values compare. */
    public enum Kind { KEYED_TEXT, TEXT, PHONE, ANY_PHONE, STATUS, RECORD_MANAGER, BOOLEAN, MY_RECORD, INSTANT, CUSTOM }

    /** A field of the contact table. */
    public record ContactField(Kind kind, Field<?> column, Field<String> searchKey) {
    }

    private static final Map<String, ContactField> FIELDS = fields();
    private static final String CUSTOM_PREFIX = "customFields.";

    private final CustomFieldManagement customFields;

    LookupFields(CustomFieldManagement customFields) {
        this.customFields = customFields;
    }

    public Optional<ContactField> contactField(String name) {
        return Optional.ofNullable(FIELDS.get(name));
    }

    /** The custom field a name like {@code customFields.contractCode} means, if it is defined. */
    public Optional<CustomField> customField(String name) {
        if (name == null || !name.startsWith(CUSTOM_PREFIX)) {
            return Optional.empty();
        }
        String fieldName = name.substring(CUSTOM_PREFIX.length());
        return customFields.fieldsOf("contact").stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The names a lookup may use, for the lookup dialog: the contact's fields, then custom ones. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>(FIELDS.keySet());
        customFields.fieldsOf("contact").forEach(field -> names.add(field.qualifiedName()));
        return names;
    }

    private static Map<String, ContactField> fields() {
        Map<String, ContactField> fields = new LinkedHashMap<>();
        fields.put("company", new ContactField(Kind.KEYED_TEXT, CONTACT.COMPANY, CONTACT.COMPANY_SEARCH));
        fields.put("firstName", new ContactField(Kind.KEYED_TEXT, CONTACT.FIRST_NAME, CONTACT.FIRST_NAME_SEARCH));
        fields.put("lastName", new ContactField(Kind.KEYED_TEXT, CONTACT.LAST_NAME, CONTACT.LAST_NAME_SEARCH));
        fields.put("city", new ContactField(Kind.KEYED_TEXT, CONTACT.CITY, CONTACT.CITY_SEARCH));
        fields.put("email", new ContactField(Kind.KEYED_TEXT, CONTACT.EMAIL, CONTACT.EMAIL_SEARCH));
        fields.put("phone", new ContactField(Kind.PHONE, CONTACT.PHONE, CONTACT.PHONE_SEARCH));
        fields.put("mobile", new ContactField(Kind.PHONE, CONTACT.MOBILE, CONTACT.MOBILE_SEARCH));
        fields.put("fax", new ContactField(Kind.PHONE, CONTACT.FAX, CONTACT.FAX_SEARCH));
        fields.put("homePhone", new ContactField(Kind.PHONE, CONTACT.HOME_PHONE, CONTACT.HOME_PHONE_SEARCH));
        fields.put("phones", new ContactField(Kind.ANY_PHONE, null, null));
        fields.put("salutation", text(CONTACT.SALUTATION));
        fields.put("title", text(CONTACT.TITLE));
        fields.put("department", text(CONTACT.DEPARTMENT));
        fields.put("phoneExt", text(CONTACT.PHONE_EXT));
        fields.put("otherEmails", text(CONTACT.OTHER_EMAILS));
        fields.put("website", text(CONTACT.WEBSITE));
        fields.put("address1", text(CONTACT.ADDRESS1));
        fields.put("address2", text(CONTACT.ADDRESS2));
        fields.put("region", text(CONTACT.REGION));
        fields.put("postalCode", text(CONTACT.POSTAL_CODE));
        fields.put("country", text(CONTACT.COUNTRY));
        fields.put("referredBy", text(CONTACT.REFERRED_BY));
        fields.put("status", new ContactField(Kind.STATUS, CONTACT.STATUS, null));
        fields.put("recordManager", new ContactField(Kind.RECORD_MANAGER, CONTACT.RECORD_MANAGER_ID, null));
        fields.put("private", new ContactField(Kind.BOOLEAN, DSL.field(CONTACT.ACCESS.eq(Access.PRIVATE.name())), null));
        fields.put("myRecord", new ContactField(Kind.MY_RECORD, CONTACT.MY_RECORD_OF, null));
        fields.put("createdAt", new ContactField(Kind.INSTANT, CONTACT.CREATED_AT, null));
        fields.put("updatedAt", new ContactField(Kind.INSTANT, CONTACT.UPDATED_AT, null));
        return fields;
    }

    private static ContactField text(Field<String> column) {
        return new ContactField(Kind.TEXT, column, null);
    }
}
