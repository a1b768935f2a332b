package org.svyaz.contacts.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.svyaz.access.RecordAccess;
import org.svyaz.users.UserCreated;

/** Gives every new user a My Record: a contact managed by them, named after them, without a status. */
@Component
class MyRecordCreation {

    private final JooqContacts contacts;

    MyRecordCreation(JooqContacts contacts) {
        this.contacts = contacts;
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
        // no sales status: a colleague's record belongs in no prospects or clients list
        ValidContact myRecord = new ValidContact(text, "", null, user.userId(), RecordAccess.PUBLIC, Map.of());
        contacts.insert(myRecord, user.userId(), user.userId());
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
