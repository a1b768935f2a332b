package org.svyaz.customfields;

import java.util.List;
import java.util.Locale;
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

    /** The label in the viewer's language, the other one where that is missing. */
    public String labelIn(Locale locale) {
        boolean russian = locale != null && "ru".equals(locale.getLanguage());
        return russian && labelRu != null && !labelRu.isBlank() ? labelRu : label;
    }

    /** The key under which the journal and lookups name this field, e.g. {@code customFields.contractCode}. */
    public String qualifiedName() {
        return "customFields." + name;
    }
}
