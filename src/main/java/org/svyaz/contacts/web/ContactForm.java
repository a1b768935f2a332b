package org.svyaz.contacts.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.svyaz.access.RecordAccess;
import org.svyaz.contacts.ContactFields;

/**
 * The contact form as the browser posts it. Other e-mails come one per line; custom fields
 * travel beside it as {@code cf_<name>} parameters.
 *
 * @param version the version the user started editing from; null for a new contact
 */
record ContactForm(
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
        String otherEmails,
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
        String access,
        List<UUID> accessTeams,
        List<UUID> accessUsers,
        Long version) {

    static ContactForm of(ContactFields f, Long version) {
        return new ContactForm(f.company(), f.firstName(), f.lastName(), f.salutation(), f.title(), f.department(), f.phone(),
                f.phoneExt(), f.mobile(), f.fax(), f.homePhone(), f.email(), String.join("\n", f.otherEmails()), f.website(),
                f.address1(), f.address2(), f.city(), f.region(), f.postalCode(), f.country(), f.status(), f.recordManagerId(),
                f.referredBy(), f.access().level().name(), f.access().teamIds(), f.access().userIds(), version);
    }

    ContactFields toFields(Map<String, ?> customFields) {
        List<String> emails = otherEmails == null ? List.of() : Arrays.stream(otherEmails.split("[\\r\\n,;]+")).toList();
        return new ContactFields(company, firstName, lastName, salutation, title, department, phone, phoneExt, mobile, fax,
                homePhone, email, emails, website, address1, address2, city, region, postalCode, country, status,
                recordManagerId, referredBy, RecordAccess.PUBLIC, customFields);
    }
}
