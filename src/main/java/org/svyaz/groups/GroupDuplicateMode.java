package org.svyaz.groups;

/** What a duplicated group takes from its original. Subgroups are never copied. */
public enum GroupDuplicateMode {
    /** The primary fields: name (marked as a copy), description, phone, address, city, website, parent. */
    PRIMARY,
    /** Every field, custom fields and the membership rule, the hand-added members, notes, history and documents. */
    ALL
}
