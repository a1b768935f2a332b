package org.svyaz.journal.internal;

import org.jooq.Field;

/** Names a column as the API and the journal name the field: {@code last_name} is {@code lastName}. */
final class FieldNames {

    private FieldNames() {
    }

    static String of(Field<?> column) {
        String name = column.getName();
        if (name.startsWith("is_")) {
            name = name.substring(3);
        }
        StringBuilder camel = new StringBuilder(name.length());
        boolean upperNext = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upperNext = true;
            } else {
                camel.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return camel.toString();
    }
}
