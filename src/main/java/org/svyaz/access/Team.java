package org.svyaz.access;

import java.util.List;
import java.util.UUID;

/** A team of users that records with LIMITED access can be granted to. */
public record Team(UUID id, String name, List<UUID> memberIds, long version) {
}
