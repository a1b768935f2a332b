package org.svyaz.contacts;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.users.UserManagement;

/** Makes the API's JSON of contacts, naming their users with one query for all of them. */
@Component
public class ContactJsonWriter {

    private final UserManagement users;

    ContactJsonWriter(UserManagement users) {
        this.users = users;
    }

    public ContactJson of(Contact contact) {
        return of(List.of(contact)).get(0);
    }

    public List<ContactJson> of(List<Contact> contacts) {
        Set<UUID> userIds = new HashSet<>();
        contacts.forEach(contact -> {
            userIds.add(contact.recordManagerId());
            userIds.addAll(contact.access().userIds());
            if (contact.createdBy() != null) {
                userIds.add(contact.createdBy());
            }
            if (contact.updatedBy() != null) {
                userIds.add(contact.updatedBy());
            }
        });
        Map<UUID, String> names = users.userNames(userIds);
        return contacts.stream().map(contact -> ContactJson.of(contact, names)).toList();
    }
}
