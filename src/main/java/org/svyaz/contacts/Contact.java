package org.svyaz.contacts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/**
 * A contact as users and the API see it. Text fields are never null (empty is ""); custom
 * fields hold every defined field, null where the contact has no value.
 *
 * @param myRecordOf the user whose My Record this is, or null
 */
public record Contact(
        UUID id,
        String company,
        String firstName,
        String lastName,
        String salutation,
        String title,
        String department,
        String phone,
        String phoneExt,
        String mobile,
        String fax,
        String homePhone,
        String email,
        List<String> otherEmails,
        String website,
        String address1,
        String address2,
        String city,
        String region,
        String postalCode,
        String country,
        String status,
        UUID recordManagerId,
        String referredBy,
        RecordAccess access,
        Map<String, Object> customFields,
        UUID myRecordOf,
        OffsetDateTime createdAt,
        UUID createdBy,
        OffsetDateTime updatedAt,
        UUID updatedBy,
        long version) {

    /** Whether only its record manager may see it. */
    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** A copy with its access (with the grants of a LIMITED one) and custom field values. */
    public Contact with(RecordAccess access, Map<String, Object> customFields) {
        return new Contact(id, company, firstName, lastName, salutation, title, department, phone, phoneExt, mobile, fax,
                homePhone, email, otherEmails, website, address1, address2, city, region, postalCode, country, status,
                recordManagerId, referredBy, access, customFields, myRecordOf, createdAt, createdBy, updatedAt, updatedBy, version);
    }

    /** "First Last", or the company for a contact without a name, for titles and messages. */
    public String displayName() {
        return displayName(firstName, lastName, company);
    }

    /** The person's name, or the company's when the contact names no person. */
    public static String displayName(String firstName, String lastName, String company) {
        String person = (firstName + " " + lastName).trim();
        return person.isEmpty() ? company : person;
    }

    /** The editable fields, as a starting point for a change or a duplicate. */
    public ContactFields fields() {
        return new ContactFields(company, firstName, lastName, salutation, title, department, phone, phoneExt, mobile, fax,
                homePhone, email, otherEmails, website, address1, address2, city, region, postalCode, country, status,
                recordManagerId, referredBy, access, customFields);
    }
}
