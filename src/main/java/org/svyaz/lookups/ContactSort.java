package org.svyaz.lookups;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.svyaz.shell.InvalidInput;

/**
 * The order of a contact list: the keys the user chose, then company, last name and first
 * name (the default order), then the id, so that the order is total and stable. A key is a
 * {@link ContactColumn} or a custom field ({@code customFields.contractCode}).
 */
public record ContactSort(List<Key> keys) {

    public static final ContactSort DEFAULT = new ContactSort(List.of());
    public static final String CUSTOM_PREFIX = "customFields.";
    private static final Pattern CUSTOM_FIELD = Pattern.compile(Pattern.quote(CUSTOM_PREFIX) + "[a-zA-Z][a-zA-Z0-9]{0,59}");

    /**
     * One sort key.
     *
     * @param field the field as the API names it: {@code city}, {@code customFields.contractCode}
     */
    public record Key(String field, boolean descending) {

        /** The contact's own column, empty for a custom field. */
        public Optional<ContactColumn> column() {
            return ContactColumn.ofApiName(field);
        }

        /** The custom field's name ({@code contractCode}), empty for a contact's own column. */
        public Optional<String> customField() {
            return field.startsWith(CUSTOM_PREFIX) ? Optional.of(field.substring(CUSTOM_PREFIX.length())) : Optional.empty();
        }

        /** As the API writes it: {@code city} or {@code city:desc}. */
        public String asParameter() {
            return field + (descending ? ":desc" : "");
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
            String field = parts[0];
            if (ContactColumn.ofApiName(field).isEmpty() && !CUSTOM_FIELD.matcher(field).matches()) {
                throw InvalidInput.of("sort", "error.sort.unknown", key);
            }
            if (parsed.stream().noneMatch(existing -> existing.field().equals(field))) {
                parsed.add(new Key(field, descending));
            }
        }
        return new ContactSort(List.copyOf(parsed));
    }

    /** The first key, if the user chose one. */
    public Optional<Key> primary() {
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }

    /** This order without the keys the predicate refuses (custom fields removed since it was chosen). */
    public ContactSort keeping(java.util.function.Predicate<Key> known) {
        return new ContactSort(keys.stream().filter(known).toList());
    }

    public List<String> asParameters() {
        return keys.stream().map(Key::asParameter).toList();
    }
}
