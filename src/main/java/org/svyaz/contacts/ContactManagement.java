package org.svyaz.contacts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.access.AccessGrants;
import org.svyaz.access.RecordAccess;
import org.svyaz.contacts.internal.ContactRules;
import org.svyaz.contacts.internal.JooqContacts;
import org.svyaz.contacts.internal.ValidContact;
import org.svyaz.customfields.CustomFieldValues;
import org.svyaz.shell.NotPermitted;
import org.svyaz.shell.VersionConflict;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permissions;
import org.svyaz.users.RecordKind;
import org.svyaz.users.UserManagement;

/**
 * The contacts module's API: reads contacts the current user may see and writes them through
 * the journal. Another user's private contact is, to everybody but its record manager, a
 * contact that does not exist ({@link ContactNotFound}).
 */
@Service
public class ContactManagement {

    static final String ENTITY = "contact";

    private final JooqContacts contacts;
    private final ContactRules rules;
    private final CustomFieldValues customValues;
    private final UserManagement users;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final AccessGrants grants;

    ContactManagement(JooqContacts contacts, ContactRules rules, CustomFieldValues customValues, UserManagement users,
            Permissions permissions, ApplicationEventPublisher events, AccessGrants grants) {
        this.contacts = contacts;
        this.grants = grants;
        this.rules = rules;
        this.customValues = customValues;
        this.users = users;
        this.permissions = permissions;
        this.events = events;
    }

    /** The contact, if the current user may see it. */
    public Contact get(UUID contactId) {
        return getAll(List.of(contactId)).stream().findFirst().orElseThrow(ContactNotFound::new);
    }

    /** The contacts among these ids that the current user may see, in no particular order. */
    public List<Contact> getAll(Collection<UUID> contactIds) {
        UUID viewer = users.current().id();
        return withCustomFields(contacts.visible(contactIds, viewer));
    }

    /**
     * The display names of the contacts among these ids that the current user may see, read
     * without their other fields: for pages that show with whom an activity is.
     */
    public Map<UUID, String> displayNames(Collection<UUID> contactIds) {
        return contactIds.isEmpty() ? Map.of() : contacts.visibleNames(contactIds, users.current().id());
    }

    /** Those of the contacts that exist and the current user may see now (for the audit log, one query). */
    public Set<UUID> visibleIds(Collection<UUID> contactIds) {
        return contactIds.isEmpty() ? Set.of() : contacts.visibleIds(contactIds, users.current().id());
    }

    /** Whether the current user may see the contact; for modules that keep records of contacts. */
    public boolean isVisible(UUID contactId) {
        return contacts.isVisible(contactId, users.current().id());
    }

    /** Checks the fields as {@link #create} would, without storing anything. */
    public void check(ContactFields fields) {
        rules.check(fields, users.current());
    }

    @Transactional
    public Contact create(ContactFields fields) {
        CurrentUser me = permissions.requireMayCreate();
        ValidContact valid = rules.check(fields, me);
        UUID contactId = contacts.insert(valid, me.id(), null);
        grants.write(ENTITY, contactId, null, RecordAccess.PUBLIC, valid.access());
        customValues.write(ENTITY, contactId, valid.customFields());
        events.publishEvent(new ContactCreated(contactId));
        return get(contactId);
    }

    /**
     * Creates many contacts in one transaction, in batches (for imports and the generator):
     * all are checked first, and one invalid contact stores none.
     *
     * @return the new contacts' ids, in the order given
     */
    @Transactional
    public List<UUID> createAll(List<ContactFields> all) {
        CurrentUser me = permissions.requireMayCreate();
        List<ValidContact> valid = rules.checkAll(all, me);
        List<UUID> ids = contacts.insertAll(valid, me.id());
        for (int i = 0; i < ids.size(); i++) {
            grants.write(ENTITY, ids.get(i), null, RecordAccess.PUBLIC, valid.get(i).access());
        }
        Map<UUID, Map<String, Object>> values = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!valid.get(i).customFields().isEmpty()) {
                values.put(ids.get(i), valid.get(i).customFields());
            }
        }
        customValues.writeAll(ENTITY, values);
        ids.forEach(id -> events.publishEvent(new ContactCreated(id)));
        return ids;
    }

    /**
     * Writes the fields of a contact that the user loaded at {@code expectedVersion}.
     *
     * @throws org.svyaz.shell.VersionConflict when someone changed it since
     */
    @Transactional
    public Contact update(UUID contactId, ContactFields fields, long expectedVersion) {
        CurrentUser me = permissions.requireMayCreate();
        Contact current = get(contactId);
        Permissions.requireMayChange(me, kindOf(current), ownerOf(current));
        if (current.version() != expectedVersion) {
            throw new VersionConflict();
        }
        ValidContact valid = current.myRecordOf() != null ? rules.checkMyRecord(fields, me) : rules.check(fields, me);
        requireMayChangeAccess(current, valid, me);
        boolean changed = contacts.update(contactId, valid, me.id(), expectedVersion);
        grants.write(ENTITY, contactId, null, current.access(), valid.access());
        boolean customChanged = customValues.write(ENTITY, contactId, valid.customFields());
        if (customChanged && !changed) {
            contacts.touch(contactId, me.id(), expectedVersion);
        }
        if (changed || customChanged) {
            events.publishEvent(new ContactUpdated(contactId));
        }
        return get(contactId);
    }

    /** Creates a copy of a contact, with its company's fields or with all fields. */
    @Transactional
    public Contact duplicate(UUID contactId, DuplicateMode mode) {
        return create(duplicateFields(get(contactId), mode));
    }

    /** The fields a duplicate starts from, for a form that lets the user complete it first. */
    public ContactFields duplicateFields(Contact original, DuplicateMode mode) {
        ContactFields all = original.fields();
        if (mode == DuplicateMode.ALL) {
            return all;
        }
        return new ContactFields(all.company(), null, null, null, null, null, all.phone(), null, null, all.fax(), null, null,
                List.of(), all.website(), all.address1(), all.address2(), all.city(), all.region(), all.postalCode(),
                all.country(), all.status(), null, null, false, Map.of());
    }

    /**
     * Deletes a contact with its notes, history and documents. A user's My Record stays.
     *
     * @param expectedVersion the version the user confirmed the deletion of, or null for any
     */
    @Transactional
    public void delete(UUID contactId, Long expectedVersion) {
        Contact contact = get(contactId);
        if (contact.myRecordOf() != null) {
            throw new NotPermitted("error.contact.myRecordDelete");
        }
        permissions.requireMayDelete(RecordKind.CONTACT, contact.recordManagerId());
        if (expectedVersion != null && contact.version() != expectedVersion) {
            throw new VersionConflict();
        }
        customValues.deleteAllOf(ENTITY, contactId);
        grants.forget(ENTITY, List.of(contactId));
        contacts.delete(contactId);
        events.publishEvent(new ContactDeleted(contactId));
    }

    public Optional<UUID> myRecordId(UUID userId) {
        return contacts.myRecordOf(userId);
    }

    private List<Contact> withCustomFields(List<Contact> found) {
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, Map<String, Object>> values = customValues.valuesOf(ENTITY, found.stream().map(Contact::id).toList());
        Map<UUID, RecordAccess> accesses = grants.of(found, Contact::id, contact -> contact.access().level());
        return found.stream()
                .map(contact -> contact.with(accesses.get(contact.id()), values.getOrDefault(contact.id(), Map.of())))
                .toList();
    }

    /**
     * Who manages a contact and who may see it are changed by its record manager, a manager or an
     * administrator: so nobody takes a colleague's contact by making it private to themselves. A
     * My Record is its user's to change whole (or an administrator's).
     */
    private static void requireMayChangeAccess(Contact current, ValidContact changed, CurrentUser me) {
        boolean accessChanged = !changed.recordManagerId().equals(current.recordManagerId()) || !changed.access().equals(current.access());
        if (current.myRecordOf() == null && accessChanged) {
            Permissions.requireMayChangeAccess(me, current.recordManagerId(), "error.contact.accessChange");
        }
    }

    /** Whether the current user may change who manages the contact and who may see it (its form offers it then). */
    public boolean mayChangeAccess(Contact contact) {
        return contact.myRecordOf() == null && permissions.mayChangeAccess(contact.recordManagerId());
    }

    /** Whether the current user may change the contact's fields (its window offers Edit then). */
    public boolean mayChange(Contact contact) {
        return permissions.mayChange(kindOf(contact), ownerOf(contact));
    }

    /**
     * Refuses the edit form of a contact the current user may not change.
     *
     * @throws NotPermitted then
     */
    public void requireMayChange(Contact contact) {
        permissions.requireMayChange(kindOf(contact), ownerOf(contact));
    }

    /**
     * Refuses the new-contact form to a role that may not create contacts.
     *
     * @throws NotPermitted then
     */
    public void requireMayCreate() {
        permissions.requireMayCreate();
    }

    /** Whether the current user may delete the contact (its window offers Delete then). */
    public boolean mayDelete(Contact contact) {
        return permissions.mayDelete(kindOf(contact), ownerOf(contact));
    }

    private static RecordKind kindOf(Contact contact) {
        return contact.myRecordOf() != null ? RecordKind.MY_RECORD : RecordKind.CONTACT;
    }

    /** A My Record is its user's; any other contact is its record manager's. */
    private static UUID ownerOf(Contact contact) {
        return contact.myRecordOf() != null ? contact.myRecordOf() : contact.recordManagerId();
    }
}
