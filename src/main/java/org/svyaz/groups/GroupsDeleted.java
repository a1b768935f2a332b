package org.svyaz.groups;

import java.util.List;
import java.util.UUID;

/** Published inside the deleting transaction, with the group and all its subgroups. */
public record GroupsDeleted(List<UUID> groupIds) {
}
