package org.svyaz.contacts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.svyaz.users.UserCreated;

/** Gives every new user a My Record: a contact managed by them, named after them. */
@Component
class MyRecordCreation {

    private final JooqContacts contacts;
    private final JooqContactStatuses statuses;

    MyRecordCreation(JooqContacts contacts, JooqContactStatuses statuses) {
        this.contacts = contacts;
        this.statuses = statuses;
    }

    @EventListener
    void on(UserCreated user) {
        String fullName = user.fullName().trim();
        int lastSpace = fullName.lastIndexOf(' ');
        Map<String, String> text = new LinkedHashMap<>();
        ContactRules.TEXT_FIELDS.keySet().forEach(field -> text.put(field, ""));
        text.put("firstName", lastSpace < 0 ? "" : fullName.substring(0, lastSpace).trim());
        text.put("lastName", truncate(lastSpace < 0 ? fullName : fullName.substring(lastSpace + 1), 100));
        text.put("firstName", truncate(text.get("firstName"), 100));
        ValidContact myRecord = new ValidContact(text, "", statuses.firstCode(), user.userId(), false, Map.of());
        contacts.insert(myRecord, user.userId(), user.userId());
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
