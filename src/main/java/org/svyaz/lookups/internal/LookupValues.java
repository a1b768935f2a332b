package org.svyaz.lookups.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.svyaz.contacts.ContactStatus;
import org.svyaz.contacts.ContactStatuses;
import org.svyaz.lookups.ContactFilter;
import org.svyaz.lookups.Criterion;
import org.svyaz.shell.SearchKeys;
import org.svyaz.users.User;
import org.svyaz.users.UserManagement;

/**
 * Reads a lookup value the way a user writes it: a status by its code or its name in either
 * language, a record manager by user name or full name, each compared as search keys (case
 * and ё ignored). Lookups resolve them once, when their condition is built.
 */
@Component
public class LookupValues {

    private final ContactStatuses statuses;
    private final UserManagement users;

    LookupValues(ContactStatuses statuses, UserManagement users) {
        this.statuses = statuses;
        this.users = users;
    }

    /** The status a value names, by code or by name in English or Russian; empty when none does. */
    public Optional<ContactStatus> status(String value) {
        String key = SearchKeys.text(value);
        List<ContactStatus> all = statuses.all();
        Optional<ContactStatus> byCode = all.stream().filter(status -> SearchKeys.text(status.code()).equals(key)).findFirst();
        if (byCode.isPresent()) {
            return byCode;
        }
        return all.stream()
                .filter(status -> SearchKeys.text(status.nameEn()).equals(key) || SearchKeys.text(status.nameRu()).equals(key))
                .findFirst();
    }

    /**
     * The filter with each status and record manager written as its code and user name, as it is
     * stored: a saved lookup or a membership rule then survives a status renamed or a second
     * user of the same full name. Values that name nothing stay as they are, for the check to
     * report.
     */
    public ContactFilter canonical(ContactFilter filter) {
        if (filter instanceof ContactFilter.Criteria criteria) {
            return new ContactFilter.Criteria(criteria.criteria().stream().map(this::canonical).toList(), criteria.match());
        }
        if (filter instanceof ContactFilter.Both both) {
            return new ContactFilter.Both(canonical(both.first()), canonical(both.second()));
        }
        if (filter instanceof ContactFilter.Either either) {
            return new ContactFilter.Either(canonical(either.first()), canonical(either.second()));
        }
        if (filter instanceof ContactFilter.Without without) {
            return new ContactFilter.Without(canonical(without.base()), canonical(without.removed()));
        }
        return filter;
    }

    private Criterion canonical(Criterion criterion) {
        if (criterion == null || criterion.value() == null || criterion.field() == null) {
            return criterion;
        }
        Optional<String> value = switch (criterion.field()) {
            case "status" -> status(criterion.value()).map(ContactStatus::code);
            case "recordManager" -> Optional.of(users(criterion.value())).filter(named -> named.size() == 1)
                    .map(named -> named.get(0).userName());
            default -> Optional.empty();
        };
        return value.map(code -> new Criterion(criterion.field(), criterion.operator(), code)).orElse(criterion);
    }

    /**
     * The users a value names: the one with that user name, else every user of that full name
     * (more than one when two people share a name, which the caller refuses as ambiguous).
     */
    public List<User> users(String value) {
        Optional<User> byUserName = users.byUserName(value);
        if (byUserName.isPresent()) {
            return List.of(byUserName.get());
        }
        String key = SearchKeys.text(value);
        return users.all().stream().filter(user -> SearchKeys.text(user.fullName()).equals(key)).toList();
    }
}
