package org.svyaz.groups;

/** What removing a contact from a group did. */
public enum MemberRemoval {
    /** The contact was a hand-added member and is one no longer. */
    REMOVED,
    /** The contact matches the group's rule: it is now excluded, so the rule does not bring it back. */
    EXCLUDED,
    /** The contact was not a member. */
    NOT_A_MEMBER
}
