package org.svyaz.customfields;

import java.util.List;

/**
 * What may change of a defined field (its name and type stay); null leaves a part as it is, and
 * an empty {@code labelRu} removes the Russian label.
 */
public record CustomFieldChanges(String label, String labelRu, List<String> options, Integer position) {
}
