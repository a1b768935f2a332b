package org.svyaz.lookups;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svyaz.lookups.internal.JooqSavedLookups;
import org.svyaz.shell.FieldErrors;
import org.svyaz.shell.NotPermitted;
import org.svyaz.users.CurrentUser;
import org.svyaz.users.Permission;
import org.svyaz.users.UserManagement;

/**
 * Lookups saved under a name (SPEC L4): a user's own, and those others shared. A lookup is
 * checked when it is saved, so a saved lookup with an unknown field cannot exist. Only its owner
 * (or an administrator, for a shared one) changes or deletes it.
 */
@Service
public class SavedLookups {

    private final JooqSavedLookups saved;
    private final ContactList list;
    private final UserManagement users;

    SavedLookups(JooqSavedLookups saved, ContactList list, UserManagement users) {
        this.saved = saved;
        this.list = list;
        this.users = users;
    }

    /** The user's own lookups and the shared ones, by name. */
    public List<SavedLookup> available() {
        return saved.available(users.current().id());
    }

    public SavedLookup get(UUID id) {
        SavedLookup lookup = saved.byId(id).orElseThrow(SavedLookupNotFound::new);
        if (!lookup.shared() && !lookup.ownerId().equals(users.current().id())) {
            throw new SavedLookupNotFound();
        }
        return lookup;
    }

    @Transactional
    public SavedLookup save(String name, boolean shared, LookupDefinition definition) {
        CurrentUser me = users.current();
        String cleanName = check(name, definition, null);
        return saved.insert(cleanName, me.id(), shared, definition);
    }

    @Transactional
    public SavedLookup update(UUID id, String name, boolean shared, LookupDefinition definition, long expectedVersion) {
        SavedLookup lookup = get(id);
        requireMayChange(lookup);
        String cleanName = check(name, definition, id);
        return saved.update(id, cleanName, shared, definition, expectedVersion);
    }

    @Transactional
    public void delete(UUID id) {
        SavedLookup lookup = get(id);
        requireMayChange(lookup);
        saved.delete(id);
    }

    private void requireMayChange(SavedLookup lookup) {
        CurrentUser me = users.current();
        boolean mine = lookup.ownerId().equals(me.id());
        if (!mine && !(lookup.shared() && me.may(Permission.MANAGE_USERS))) {
            throw new NotPermitted("error.savedLookup.notOwner");
        }
    }

    private String check(String name, LookupDefinition definition, UUID exceptId) {
        String cleanName = name == null ? "" : name.strip();
        FieldErrors errors = new FieldErrors();
        if (cleanName.isEmpty()) {
            errors.add("name", "error.required");
        }
        errors.checkLength("name", cleanName, 100);
        if (saved.nameTaken(users.current().id(), cleanName, exceptId)) {
            errors.add("name", "error.savedLookup.nameTaken", cleanName);
        }
        if (holdsFixedSet(definition.filter())) {
            errors.add("name", "error.savedLookup.fixedSet");
        }
        errors.throwIfAny();
        list.check(definition.filter());
        ContactSort.parse(definition.sort());
        return cleanName;
    }

    /** A fixed set lives for a working session only: a lookup saved for later cannot keep one. */
    private static boolean holdsFixedSet(ContactFilter filter) {
        if (filter instanceof ContactFilter.Both both) {
            return holdsFixedSet(both.first()) || holdsFixedSet(both.second());
        }
        if (filter instanceof ContactFilter.Either either) {
            return holdsFixedSet(either.first()) || holdsFixedSet(either.second());
        }
        if (filter instanceof ContactFilter.Without without) {
            return holdsFixedSet(without.base()) || holdsFixedSet(without.removed());
        }
        return filter instanceof ContactFilter.Fixed;
    }
}
