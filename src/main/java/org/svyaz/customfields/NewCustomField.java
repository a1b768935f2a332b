package org.svyaz.customfields;

import java.util.List;

/** What an administrator enters to define a field; {@code options} only for PICKLIST. */
public record NewCustomField(String entity, String name, String label, CustomFieldType type, List<String> options) {
}
