package org.svyaz.customfields;

import java.util.List;

/** What may change of a defined field (its name and type stay); null leaves a part as it is. */
public record CustomFieldChanges(String label, List<String> options, Integer position) {
}
