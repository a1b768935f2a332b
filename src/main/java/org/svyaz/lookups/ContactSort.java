package org.svyaz.lookups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.svyaz.shell.InvalidInput;

/**
 * The order of a contact list: the keys the user chose, then company, last name and first
 * name (the default order), then the id, so that the order is total and stable.
 */
public record ContactSort(List<Key> keys) {

    public static final ContactSort DEFAULT = new ContactSort(List.of());

    /** One sort key. */
    public record Key(ContactColumn column, boolean descending) {

        /** As the API writes it: {@code city} or {@code city:desc}. */
        public String asParameter() {
            return column.apiName() + (descending ? ":desc" : "");
        }
    }

    /** Reads keys as the API writes them ({@code city}, {@code lastName:desc}). */
    public static ContactSort parse(List<String> keys) {
        List<Key> parsed = new ArrayList<>();
        for (String key : keys == null ? List.<String>of() : keys) {
            if (key == null || key.isBlank()) {
                continue;
            }
            String[] parts = key.trim().split(":", 2);
            boolean descending = parts.length == 2 && parts[1].equalsIgnoreCase("desc");
            if (parts.length == 2 && !descending && !parts[1].equalsIgnoreCase("asc")) {
                throw InvalidInput.of("sort", "error.sort.unknown", key);
            }
            Optional<ContactColumn> column = ContactColumn.ofApiName(parts[0]);
            if (column.isEmpty()) {
                throw InvalidInput.of("sort", "error.sort.unknown", key);
            }
            if (parsed.stream().noneMatch(existing -> existing.column() == column.get())) {
                parsed.add(new Key(column.get(), descending));
            }
        }
        return new ContactSort(List.copyOf(parsed));
    }

    /** The first key, if the user chose one. */
    public Optional<Key> primary() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }

    public List<String> asParameters() {
        return keys.stream().map(Key::asParameter).toList();
    }
}
