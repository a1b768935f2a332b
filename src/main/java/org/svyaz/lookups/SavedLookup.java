package org.svyaz.lookups;

import java.util.UUID;

/** A lookup a user saved under a name, for themselves or (shared) for everyone. */
public record SavedLookup(UUID id, String name, UUID ownerId, boolean shared, LookupDefinition definition, long version) {
}
