package org.svyaz.lookups;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.springframework.stereotype.Service;
import org.svyaz.contacts.Contact;
import org.svyaz.contacts.ContactManagement;
import org.svyaz.lookups.internal.ContactQueries;
import org.svyaz.lookups.internal.CountCache;
import org.svyaz.lookups.internal.FilterConditions;
import org.svyaz.lookups.internal.LookupFields;
import org.svyaz.lookups.internal.LookupValues;
import org.svyaz.shell.InvalidInput;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.UserManagement;

/**
 * The contacts of a lookup that the current user sees, in any {@link ContactSort}, paged by
 * keyset: a page costs the same at any depth, as the cursor names the row to continue after.
 */
@Service
public class ContactList {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 1000;

    private final ContactQueries queries;
    private final CountCache counts;
    private final FilterConditions conditions;
    private final ContactManagement contacts;
    private final UserManagement users;
    private final LookupFields fields;
    private final LookupValues values;

    ContactList(ContactQueries queries, CountCache counts, FilterConditions conditions, ContactManagement contacts,
            UserManagement users, LookupFields fields, LookupValues values) {
        this.fields = fields;
        this.values = values;
        this.queries = queries;
        this.counts = counts;
        this.conditions = conditions;
        this.contacts = contacts;
        this.users = users;
    }

    /**
     * A page after the cursor {@code after}, or before the cursor {@code before}, or the first
     * page when both are null.
     *
     * @throws InvalidInput when the lookup or the page is not valid
     */
    public ContactPage page(ContactFilter filter, ContactSort sort, String after, String before, int limit) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw InvalidInput.of("limit", "error.limit", MAX_PAGE_SIZE);
        }
        Condition condition = condition(filter);
        long total = count(filter, condition);
        ContactQueries.IdPage page = filter instanceof ContactFilter.InGroup group && sort.keys().isEmpty()
                ? queries.memberPage(group.groupId(), FilterConditions.visibleTo(users.current().id()), after, before, limit)
                : queries.page(condition, sort, after, before, limit, total);
        return new ContactPage(load(page.ids()), total, page.next(), page.previous());
    }

    /**
     * Type-ahead: the page that starts at the first contact, in the list's order, whose company
     * starts with what the user typed; empty when no contact of the lookup has such a company.
     */
    public Optional<ContactPage> pageFromCompany(ContactFilter filter, ContactSort sort, String typed, int limit) {
        String prefix = SearchKeys.text(typed);
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        return queries.firstOfCompany(condition(filter), sort, prefix)
                .map(jump -> page(filter, sort, jump.after(), null, limit));
    }

    /** How many contacts the lookup holds for the current user. */
    public long count(ContactFilter filter) {
        return count(filter, condition(filter));
    }

    /** Counts the lookup in the database now, not from a count kept for a few seconds. */
    public long countNow(ContactFilter filter) {
        return queries.count(condition(filter));
    }

    private long count(ContactFilter filter, Condition condition) {
        return counts.count(users.current().id(), filter, () -> queries.count(condition));
    }

    /**
     * Forgets the counts kept for a few seconds, when something other than a contact changed
     * which contacts a lookup holds (a group's members).
     */
    public void forgetCounts() {
        counts.forgetAll();
    }

    /** The contact before or after this one in the lookup's order, for Previous and Next. */
    public Optional<UUID> neighbour(ContactFilter filter, UUID contactId, ContactSort sort, boolean following) {
        return queries.neighbour(condition(filter), contactId, sort, following);
    }

    /** The fields a lookup may name, as the API names them, custom fields last. */
    public List<String> fieldNames() {
        return fields.names();
    }

    /**
     * The filter as it is stored: statuses by code and record managers by user name, however
     * the user wrote them (see {@link LookupValues#canonical}).
     */
    public ContactFilter canonical(ContactFilter filter) {
        return values.canonical(filter);
    }

    /** Checks a lookup without running it: unknown fields, operators and values are refused. */
    public void check(ContactFilter filter) {
        condition(filter);
    }

    /**
     * The SQL condition on the contact table that a membership rule stands for, over all
     * contacts (private ones too): groups keep their rule members with it.
     *
     * @throws InvalidInput when a criterion names an unknown field, operator or value
     */
    public Condition ruleCondition(ContactFilter.Criteria rule) {
        return conditions.ofRule(rule);
    }

    /**
     * The SQL condition on the contact table that selects the lookup's contacts the current user
     * sees, for modules that act on a whole lookup in one statement (adding it to a group).
     *
     * @throws InvalidInput when the lookup is not valid
     */
    public Condition selection(ContactFilter filter) {
        return condition(filter);
    }

    private Condition condition(ContactFilter filter) {
        return conditions.of(filter, users.current().id());
    }

    /** The contacts of these ids, in this order. */
    private List<Contact> load(List<UUID> ids) {
        Map<UUID, Contact> byId = contacts.getAll(ids).stream().collect(Collectors.toMap(Contact::id, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }
}
