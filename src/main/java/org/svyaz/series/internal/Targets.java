package org.svyaz.series.internal;

import static org.svyaz.schema.Tables.CONTACT;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.groups.Group;
import org.svyaz.groups.GroupManagement;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.ContactList;
import org.svyaz.series.SeriesTarget;
import org.svyaz.shell.InvalidInput;

/** Turns a target into the contacts it stands for, as the current user sees them (a condition on the contact table). */
@Component
public class Targets {

    private static final int MAX_CONTACT_IDS = 1000;

    private final ContactList list;
    private final ContactManagement contacts;
    private final GroupManagement groups;

    Targets(ContactList list, ContactManagement contacts, GroupManagement groups) {
        this.list = list;
        this.contacts = contacts;
        this.groups = groups;
    }

    /** The contacts of a target, and how the run names it: kind (CONTACTS, LOOKUP, GROUP, ALL) and a name. */
    public record Resolved(Condition contacts, String kind, String name) {
    }

    /**
     * @throws InvalidInput at {@code target} when it is missing, or names contacts or a group the
     *         user does not see, or a lookup that is not valid
     */
    public Resolved resolve(SeriesTarget target) {
        if (target instanceof SeriesTarget.Contacts some) {
            return ofContacts(some.contactIds());
        }
        if (target instanceof SeriesTarget.Lookup lookup) {
            return new Resolved(list.selection(lookup.filter() == null ? ContactFilter.EVERYONE : lookup.filter()), "LOOKUP", "");
        }
        if (target instanceof SeriesTarget.Group group) {
            return ofGroup(group.groupId());
        }
        if (target instanceof SeriesTarget.AllContacts) {
            return new Resolved(list.selection(ContactFilter.EVERYONE), "ALL", "");
        }
        throw InvalidInput.of("target", "error.required");
    }

    private Resolved ofContacts(List<UUID> contactIds) {
        if (contactIds == null || contactIds.isEmpty()) {
            throw InvalidInput.of("target", "error.series.emptyTarget");
        }
        Set<UUID> unique = new LinkedHashSet<>(contactIds);
        if (unique.contains(null) || unique.size() > MAX_CONTACT_IDS) {
            throw InvalidInput.of("target.contactIds", "error.activity.unknownContact");
        }
        List<Contact> found = contacts.getAll(unique);
        if (!new HashSet<>(found.stream().map(Contact::id).toList()).containsAll(unique)) {
            throw InvalidInput.of("target.contactIds", "error.activity.unknownContact");
        }
        String name = found.size() == 1 ? found.get(0).displayName() : "";
        return new Resolved(list.selection(ContactFilter.EVERYONE).and(CONTACT.ID.in(unique)), "CONTACTS", name);
    }

    private Resolved ofGroup(UUID groupId) {
        if (groupId == null || !groups.exists(groupId)) {
            throw InvalidInput.of("target.groupId", "error.groupNotFound");
        }
        Group group = groups.get(groupId);
        return new Resolved(list.selection(new ContactFilter.InGroup(groupId, group.name())), "GROUP", group.name());
    }
}
