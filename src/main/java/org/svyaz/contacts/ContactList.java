package org.svyaz.contacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.svyaz.contacts.internal.ContactQueries;
import org.svyaz.customfields.CustomFieldValues;
import org.svyaz.shell.InvalidInput;
import org.svyaz.users.UserManagement;

/**
 * The contact list the current user sees, in any {@link ContactSort}, paged by keyset: a page
 * costs the same at any depth, as the cursor names the row to continue after.
 */
@Service
public class ContactList {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 1000;

    private final ContactQueries queries;
    private final CustomFieldValues customValues;
    private final UserManagement users;

    ContactList(ContactQueries queries, CustomFieldValues customValues, UserManagement users) {
        this.queries = queries;
        this.customValues = customValues;
        this.users = users;
    }

    /**
     * A page after the cursor {@code after}, or before the cursor {@code before}, or the first
     * page when both are null.
     */
    public ContactPage page(ContactSort sort, String after, String before, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw InvalidInput.of("limit", "error.limit", MAX_PAGE_SIZE);
        }
        ContactPage page = queries.page(users.current().id(), sort, after, before, limit);
        Map<UUID, Map<String, Object>> values = customValues.valuesOf(ContactManagement.ENTITY,
                page.items().stream().map(Contact::id).toList());
        List<Contact> items = page.items().stream()
                .map(contact -> ContactManagement.withCustomFields(contact, values.get(contact.id())))
                .toList();
        return new ContactPage(items, page.total(), page.next(), page.previous());
    }

    /** The contact before or after this one in the sort order, for Previous and Next. */
    public Optional<UUID> neighbour(UUID contactId, ContactSort sort, boolean following) {
        return queries.neighbour(users.current().id(), contactId, sort, following);
    }
}
