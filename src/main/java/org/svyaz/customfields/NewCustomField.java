package org.svyaz.customfields;

import java.util.List;

/**
 * What an administrator enters to define a field; {@code options} only for PICKLIST. The label
 * in English ({@code label}) or in Russian ({@code labelRu}) may be left out, not both: a field
 * without either is labelled by its name.
 */
public record NewCustomField(String entity, String name, String label, String labelRu, CustomFieldType type, List<String> options) {

    /** A field labelled the same in every language. */
    public NewCustomField(String entity, String name, String label, CustomFieldType type, List<String> options) {
        this(entity, name, label, null, type, options);
    }
}
