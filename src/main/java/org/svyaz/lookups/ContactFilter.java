package org.svyaz.lookups;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;

/**
 * Which contacts a lookup holds, as a tree: criteria and keywords at the leaves, combined the
 * way a user combines lookups (Add to is {@link Either}, Narrow is {@link Both}), and the fixed
 * sets that Lookup Tagged and Omit Tagged make ({@link Fixed}). Whatever the tree, a user only ever gets the contacts they may see.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ContactFilter.Everyone.class, name = "everyone"),
    @JsonSubTypes.Type(value = ContactFilter.Criteria.class, name = "criteria"),
    @JsonSubTypes.Type(value = ContactFilter.Keyword.class, name = "keyword"),
    @JsonSubTypes.Type(value = ContactFilter.MyRecord.class, name = "myRecord"),
    @JsonSubTypes.Type(value = ContactFilter.Tagged.class, name = "tagged"),
    @JsonSubTypes.Type(value = ContactFilter.InGroup.class, name = "group"),
    @JsonSubTypes.Type(value = ContactFilter.Fixed.class, name = "fixed"),
    @JsonSubTypes.Type(value = ContactFilter.Both.class, name = "both"),
    @JsonSubTypes.Type(value = ContactFilter.Either.class, name = "either"),
    @JsonSubTypes.Type(value = ContactFilter.Without.class, name = "without")
})
public sealed interface ContactFilter {

    ContactFilter EVERYONE = new Everyone();

    /** All contacts. */
    record Everyone() implements ContactFilter {
    }

    /** Contacts that meet all, or any, of the criteria. */
    record Criteria(List<Criterion> criteria, Match match) implements ContactFilter {
    }

    /** Contacts whose fields, notes or history hold every word of the text. */
    record Keyword(String text) implements ContactFilter {
    }

    /** The current user's My Record. */
    record MyRecord() implements ContactFilter {
    }

    /** The contacts the current user has tagged. */
    record Tagged() implements ContactFilter {
    }

    /**
     * The members of a group: added by hand or matching its rule. {@code groupName} is the name
     * the group had when the lookup was made, to describe the lookup; it selects nothing.
     */
    record InGroup(UUID groupId, String groupName) implements ContactFilter {
    }

    /**
     * The contacts a lookup held when it was fixed (Lookup Tagged, Omit Tagged): tagging them
     * later changes nothing. {@code origin} is the lookup it was fixed from, to describe it; it
     * selects nothing.
     */
    record Fixed(UUID snapshotId, ContactFilter origin) implements ContactFilter {
    }

    /** Contacts in both. */
    record Both(ContactFilter first, ContactFilter second) implements ContactFilter {
    }

    /** Contacts in either. */
    record Either(ContactFilter first, ContactFilter second) implements ContactFilter {
    }

    /** Contacts in {@code base} but not in {@code removed}. */
    record Without(ContactFilter base, ContactFilter removed) implements ContactFilter {
    }
}
