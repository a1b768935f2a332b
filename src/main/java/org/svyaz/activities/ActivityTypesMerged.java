package org.svyaz.activities;

import java.util.UUID;

/**
 * Published inside the transaction that merges two activity types of one code (two databases
 * created the same type), after the activities moved and before the absorbed type is deleted, so
 * that other modules move their references too (the series module: its steps).
 */
public record ActivityTypesMerged(UUID absorbedId, UUID survivorId) {
}
