package org.svyaz.lookups;

import java.util.Arrays;
import java.util.Optional;

/** The contact fields a list can show and sort by, named as in the API. */
public enum ContactColumn {
    COMPANY("company"),
    LAST_NAME("lastName"),
    FIRST_NAME("firstName"),
    TITLE("title"),
    DEPARTMENT("department"),
    PHONE("phone"),
    MOBILE("mobile"),
    EMAIL("email"),
    CITY("city"),
    REGION("region"),
    POSTAL_CODE("postalCode"),
    COUNTRY("country"),
    STATUS("status");

    private final String apiName;

    ContactColumn(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    public static Optional<ContactColumn> ofApiName(String name) {
        return Arrays.stream(values()).filter(column -> column.apiName.equals(name)).findFirst();
    }
}
