package org.svyaz.groups;

import org.springframework.stereotype.Service;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.contacts.ContactNotFound;
import org.svyaz.shell.RecordOwner;

/**
 * Contacts and groups as the owners of notes, history and documents: a user reaches those of the
 * contacts they see and of every group.
 */
@Service
public class RecordOwners {

    private final ContactManagement contacts;
    private final GroupManagement groups;

    RecordOwners(ContactManagement contacts, GroupManagement groups) {
        this.contacts = contacts;
        this.groups = groups;
    }

    public boolean isVisible(RecordOwner owner) {
        return owner.isGroup() ? groups.exists(owner.groupId()) : contacts.isVisible(owner.contactId());
    }

    /** @throws ContactNotFound or {@link GroupNotFound} when the user may not reach the owner */
    public void requireVisible(RecordOwner owner) {
        if (!isVisible(owner)) {
            throw owner.isGroup() ? new GroupNotFound() : new ContactNotFound();
        }
    }
}
