package org.svyaz.contacts;

/** What a duplicated contact takes from its original. */
public enum DuplicateMode {
    /** The company's fields: company, address, phone, fax, website, status. */
    PRIMARY,
    /** Every field, custom fields included. */
    ALL
}
