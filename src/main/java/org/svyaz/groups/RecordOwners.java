package org.svyaz.groups;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** Those of the owners the current user may reach now: one query for the contacts, one for the groups. */
    public Set<RecordOwner> visible(Collection<RecordOwner> owners) {
        Set<UUID> contactIds = contacts.visibleIds(owners.stream().filter(owner -> !owner.isGroup()).map(RecordOwner::id).collect(Collectors.toSet()));
        Set<UUID> groupIds = groups.visibleIds(owners.stream().filter(RecordOwner::isGroup).map(RecordOwner::id).collect(Collectors.toSet()));
        return owners.stream().filter(owner -> (owner.isGroup() ? groupIds : contactIds).contains(owner.id())).collect(Collectors.toSet());
    }

    /** @throws ContactNotFound or {@link GroupNotFound} when the user may not reach the owner */
    public void requireVisible(RecordOwner owner) {
        if (!isVisible(owner)) {
            throw owner.isGroup() ? new GroupNotFound() : new ContactNotFound();
        }
    }
}
