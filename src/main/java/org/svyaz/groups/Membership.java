package org.svyaz.groups;

import java.util.UUID;

/** Why a contact is in a group: added by hand, matched by the group's rule, or both. */
public record Membership(UUID groupId, String groupName, UUID contactId, boolean byHand, boolean byRule) {
}
