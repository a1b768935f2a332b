package org.svyaz.contacts;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;

/**
 * What a user enters for a contact. Null text counts as empty; a null status takes the first
 * status of the list, a null record manager the current user. {@code customFields} holds the
 * values to write: a field left out keeps its value, a field mapped to null is cleared.
 */
public record ContactFields(
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
        Map<String, ?> customFields) {

    /** A contact that is private or public, as the older boolean {@code private} says. */
    public ContactFields(String company, String firstName, String lastName, String salutation, String title, String department,
            String phone, String phoneExt, String mobile, String fax, String homePhone, String email, List<String> otherEmails,
            String website, String address1, String address2, String city, String region, String postalCode, String country,
            String status, UUID recordManagerId, String referredBy, boolean isPrivate, Map<String, ?> customFields) {
        this(company, firstName, lastName, salutation, title, department, phone, phoneExt, mobile, fax, homePhone, email,
                otherEmails, website, address1, address2, city, region, postalCode, country, status, recordManagerId, referredBy,
                RecordAccess.privateIf(isPrivate), customFields);
    }

    public ContactFields {
        access = access == null ? RecordAccess.PUBLIC : access;
    }

    public boolean isPrivate() {
        return access.isPrivate();
    }

    /** These fields with another access. */
    public ContactFields with(RecordAccess newAccess) {
        return new ContactFields(company, firstName, lastName, salutation, title, department, phone, phoneExt, mobile, fax,
                homePhone, email, otherEmails, website, address1, address2, city, region, postalCode, country, status,
                recordManagerId, referredBy, newAccess, customFields);
    }

    /** An empty contact with just the names, for tests, demo data and the generator. */
    public static ContactFields named(String company, String firstName, String lastName) {
        return new ContactFields(company, firstName, lastName, null, null, null, null, null, null, null, null, null, List.of(),
                null, null, null, null, null, null, null, null, null, null, false, Map.of());
    }
}
