package org.svyaz.lookups;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.svyaz.users.CurrentUser;

/** The lookups every user has (SPEC L2), by the names the API uses. */
public enum BuiltInLookup {
    MY_RECORD("my-record"),
    ALL("all"),
    /** My contacts with the status prospect (but my own My Record). */
    MY_PROSPECTS("my-prospects"),
    /** All contacts whose record manager I am (but my own My Record). */
    MY_CLIENTS("my-clients");

    private final String apiName;

    BuiltInLookup(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<BuiltInLookup> ofApiName(String name) {
        return Arrays.stream(values()).filter(lookup -> lookup.apiName.equals(name)).findFirst();
    }

    public ContactFilter filterFor(CurrentUser user) {
        Criterion mine = new Criterion("recordManager", Operator.EQUALS, user.userName());
        Criterion notAUser = new Criterion("myRecord", Operator.EQUALS, "false");
        return switch (this) {
            case MY_RECORD -> new ContactFilter.MyRecord();
            case ALL -> ContactFilter.EVERYONE;
            case MY_PROSPECTS -> new ContactFilter.Criteria(
                    List.of(mine, new Criterion("status", Operator.EQUALS, "prospect"), notAUser), Match.ALL);
            case MY_CLIENTS -> new ContactFilter.Criteria(List.of(mine, notAUser), Match.ALL);
        };
    }
}
