package org.svyaz.lookups;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a contact must meet all criteria of a lookup or any one of them. */
public enum Match {
    ALL,
    ANY;

    @JsonValue
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Match fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
