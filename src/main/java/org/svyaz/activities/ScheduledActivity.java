package org.svyaz.activities;

import java.util.List;
import java.util.UUID;

/**
 * An activity just scheduled or changed, with the ids of the owner's other open timed
 * activities that overlap it (or any occurrence of its series); the activity is stored anyway.
 */
public record ScheduledActivity(Activity activity, List<UUID> conflicts) {
}
