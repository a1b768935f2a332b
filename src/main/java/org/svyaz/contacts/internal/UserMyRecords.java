package org.svyaz.contacts.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.svyaz.users.MyRecords;

@Component
class UserMyRecords implements MyRecords {

    private final JooqContacts contacts;

    UserMyRecords(JooqContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Optional<UUID> myRecordOf(UUID userId) {
        return contacts.myRecordOf(userId);
    }
}
