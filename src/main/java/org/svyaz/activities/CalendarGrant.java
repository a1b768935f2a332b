package org.svyaz.activities;

import java.util.UUID;

/** The owner of a calendar has shared it with {@code granteeId}, to view or also to schedule in it. */
public record CalendarGrant(UUID id, UUID ownerId, UUID granteeId, CalendarAccess access, long version) {
}
