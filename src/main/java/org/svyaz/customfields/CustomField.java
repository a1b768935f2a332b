package org.svyaz.customfields;

import java.util.List;
import java.util.UUID;

/**
 * A field an administrator added to an entity.
 *
 * @param entity what the field belongs to, e.g. {@code contact}
 * @param name the key in the API's {@code customFields} object, e.g. {@code contractCode}
 * @param options the choices of a PICKLIST field, empty for other types
 */
public record CustomField(
        UUID id,
        String entity,
        String name,
        String label,
        CustomFieldType type,
        List<String> options,
        int position,
        long version) {

    /** The key under which the journal and lookups name this field, e.g. {@code customFields.contractCode}. */
    public String qualifiedName() {
        return "customFields." + name;
    }
}
