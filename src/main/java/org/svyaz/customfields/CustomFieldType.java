package org.svyaz.customfields;

/** The kinds of value a custom field holds. */
public enum CustomFieldType {
    TEXT,
    NUMBER,
    DATE,
    /** Yes or no. */
    BOOLEAN,
    /** One of a list of options the administrator gives. */
    PICKLIST
}
