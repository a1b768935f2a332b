package org.svyaz.users;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Which security events an audit view asks for; every part may be null (or empty), meaning any.
 *
 * @param kinds the kinds wanted; empty for all
 * @param from the earliest instant, inclusive
 * @param until the latest instant, exclusive
 */
public record SecurityEventFilter(String userName, Set<SecurityEventKind> kinds, String entity, UUID recordId, Instant from,
        Instant until) {

    public SecurityEventFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
