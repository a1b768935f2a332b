package org.svyaz.customfields.web;

import java.util.List;
import org.svyaz.customfields.CustomFieldType;

/** A field's definition as a client sends it; in a PATCH only label, options and position count. */
record CustomFieldRequest(String entity, String name, String label, String labelRu, CustomFieldType type, List<String> options, Integer position,
        Long version) {
}
