package org.svyaz.customfields;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A field an administrator added to an entity.
 *
 * @param entity what the field belongs to, e.g. {@code contact}
 * @param name the key in the API's {@code customFields} object, e.g. {@code contractCode}
 * @param label the label in English, never blank
 * @param labelRu the label in Russian, or null where the administrator gave none
 * @param options the choices of a PICKLIST field, empty for other types
 */
public record CustomField(
        UUID id,
        String entity,
        String name,
        String label,
        String labelRu,
        CustomFieldType type,
        List<String> options,
        int position,
        long version) {

    private static final String PREFIX = "customFields.";

    /** The label in the viewer's language, the other one where that is missing. */
    public String labelIn(Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
    }

    /** The key under which the API and lookups name this field, e.g. {@code customFields.contractCode}. */
    public String qualifiedName() {
        return PREFIX + name;
    }

    /**
     * The key under which the journal names this field's values, {@code customFields.<id>}: a
     * field's name may change (two databases created the same one), its id never does.
     */
    public String journalName() {
        return PREFIX + id;
    }

    /** The id in a journal key {@link #journalName()} wrote, or empty for any other key. */
    public static Optional<UUID> idInJournalName(String journalField) {
        if (journalField == null || !journalField.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(journalField.substring(PREFIX.length())));
        } catch (IllegalArgumentException notAnId) {
            // entries of a field deleted before the journal named fields by id keep its name
            return Optional.empty();
        }
    }
}
