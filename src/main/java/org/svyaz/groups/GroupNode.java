package org.svyaz.groups;

import java.util.List;
import java.util.UUID;

/** A group in the tree with its subgroups, in name order. */
public record GroupNode(UUID id, String name, List<GroupNode> subgroups) {
}
